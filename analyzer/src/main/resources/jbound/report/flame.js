// Shared by jbound's pages: a flame graph drawn from a tree of nodes ({ name, parent, children }),
// with hover, click to zoom, regex search, highlight of one method, reset and icicle. It is never
// taller than its box (the stylesheet bounds it): a tall graph scrolls inside it, opened on its root.
// A narrow frame's label drops the parameters, then the package, then the class. The page says how wide and what
// colour a node is, what its tooltip and status line read; this draws and listens. Names reach
// the page as text only.
// uses: dom.js
var jboundFlame = function (o) {
  'use strict';
  // o: box, tooltip, status (elements); search, reset, icicle (controls); root; weight(n); color(n);
  //    attrs(n) (more attributes for a frame, optional); describe(n) -> lines; statusLine(zoom, total,
  //    matchedFrames or null without a search, matchedWeight) -> text; empty() -> text when the
  //    zoomed node weighs nothing; label (the graph's accessible name, optional)
  var el = jboundDom.el;
  var svg = jboundDom.svg;
  var ROW = 17;
  var state = { zoom: o.root, query: null, icicle: false, frames: [] };

  function matches(n) { return state.query !== null && n !== state.root && state.query.test(n.name); }
  state.root = o.root;

  var label = jboundFlame.label;

  function render() {
    var box = o.box;
    box.textContent = '';
    state.frames = [];
    var total = o.weight(state.zoom);
    if (total <= 0) {
      box.appendChild(el('p', o.empty(), { 'class': 'muted empty' }));
      o.status.textContent = '';
      return;
    }
    var W = Math.max(480, box.clientWidth || 1000);
    var path = [];
    for (var a = state.zoom.parent; a; a = a.parent) path.unshift(a);
    path.forEach(function (n, d) { state.frames.push({ node: n, x: 0, w: W, depth: d }); });
    // Depth first on a stack of our own: a recording's stacks can be thousands of frames deep.
    var todo = [{ node: state.zoom, x: 0, depth: path.length }];
    while (todo.length) {
      var f = todo.pop(), w = o.weight(f.node) / total * W;
      if (w < 0.4) continue;
      state.frames.push({ node: f.node, x: f.x, w: w, depth: f.depth });
      var cx = f.x;
      for (var i = 0; i < f.node.children.length; i++) {
        todo.push({ node: f.node.children[i], x: cx, depth: f.depth + 1 });
        cx += o.weight(f.node.children[i]) / total * W;
      }
    }
    var maxDepth = 0;
    state.frames.forEach(function (f) { maxDepth = Math.max(maxDepth, f.depth); });
    var H = (maxDepth + 1) * ROW;
    var g = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, id: 'flame-svg', 'aria-label': o.label || 'flame graph' });
    g.style.height = H + 'px';
    var matched = 0;
    state.frames.forEach(function (f, i) {
      var yPos = state.icicle ? f.depth * ROW : (maxDepth - f.depth) * ROW;
      var r = svg('rect', { x: f.x, y: yPos, width: Math.max(0.5, f.w), height: ROW - 1, 'data-i': i });
      if (o.attrs) {
        var more = o.attrs(f.node);
        Object.keys(more).forEach(function (k) { r.setAttribute(k, more[k]); });
      }
      r.style.fill = o.color(f.node);
      if (matches(f.node)) { r.setAttribute('class', 'match'); matched++; }
      g.appendChild(r);
      if (f.w > 28) {
        var t = svg('text', { x: f.x + 3, y: yPos + ROW - 5 });
        t.textContent = jboundDom.confined(label(f.node.name, Math.floor((f.w - 6) / 6.6)));
        g.appendChild(t);
      }
    });
    box.appendChild(g);
    // Flame graphs grow up from the root: open a tall one scrolled to its root, where the time is widest.
    box.scrollTop = state.icicle ? 0 : box.scrollHeight;
    var matchedWeight = 0;
    if (state.query !== null) {
      var walk = [{ node: state.zoom, under: false }];
      while (walk.length) {
        var v = walk.pop(), m = !v.under && matches(v.node);
        if (m) matchedWeight += o.weight(v.node);
        for (var c = 0; c < v.node.children.length; c++) walk.push({ node: v.node.children[c], under: v.under || m });
      }
    }
    o.status.textContent = o.statusLine(state.zoom, total, state.query === null ? null : matched, matchedWeight);
  }

  function frameAt(e) {
    var i = e.target.getAttribute && e.target.getAttribute('data-i');
    return i === null || i === undefined ? null : state.frames[Number(i)];
  }
  o.box.addEventListener('mousemove', function (e) {
    var f = frameAt(e);
    if (!f) { o.tooltip.hidden = true; return; }
    o.tooltip.textContent = '';
    o.describe(f.node).forEach(function (l, k) { o.tooltip.appendChild(el(k === 0 ? 'strong' : 'div', l)); });
    o.tooltip.hidden = false;
    o.tooltip.style.left = Math.min(e.clientX + 12, window.innerWidth - 380) + 'px';
    o.tooltip.style.top = (e.clientY + 14) + 'px';
  });
  o.box.addEventListener('mouseleave', function () { o.tooltip.hidden = true; });
  o.box.addEventListener('click', function (e) {
    var f = frameAt(e);
    if (!f) return;
    state.zoom = f.node;
    render();
  });
  o.search.addEventListener('input', function (e) {
    var text = e.target.value.trim();
    if (text === '') { state.query = null; }
    else {
      try { state.query = new RegExp(text, 'i'); }
      catch (err) { state.query = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'); }
    }
    render();
  });
  o.reset.addEventListener('click', function () {
    state.zoom = state.root;
    state.query = null;
    o.search.value = '';
    render();
  });
  o.icicle.addEventListener('change', function (e) { state.icicle = e.target.checked; render(); });

  return {
    render: render,
    /** Back to the whole tree, keeping the search: for a page that changes what a node weighs. */
    unzoom: function () { state.zoom = state.root; render(); },
    /** Another tree in the same box (the callers' view of the same stacks), unzoomed. */
    setRoot: function (root) { state.root = root; state.zoom = root; render(); },
    /** Marks every frame of exactly this method, as a search for it would, and says so in the search box. */
    highlight: function (name) {
      state.zoom = state.root;
      state.query = new RegExp('^' + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$');
      o.search.value = name;
      render();
    }
  };
};

/**
 * A frame's label in {@code chars} characters: the whole name where it fits, else the longest of
 * its shorter forms that does — without parameters, then Class.method, then the method alone,
 * then cut with an ellipsis.
 */
jboundFlame.label = function (name, chars) {
  'use strict';
  if (name.length <= chars) return name;
  var bare = name.replace(/\(.*\)$/, '');
  var parts = bare.split('.');
  var forms = [bare];
  if (parts.length >= 2) forms.push(parts.slice(-2).join('.'));
  forms.push(parts[parts.length - 1]);
  for (var i = 0; i < forms.length; i++) if (forms[i].length <= chars) return forms[i];
  var last = forms[forms.length - 1];
  return chars >= 2 ? last.slice(0, chars - 1) + '…' : '';
};

// The tree of a page's flame graph from its flat encoding: node i's parent is parent[i], an
// earlier node, and node 0 is the root. make(i) gives node i's own fields. Built in one loop, not
// by recursion, whatever the depth; children sorted by name.
jboundFlame.tree = function (parent, make) {
  'use strict';
  var nodes = new Array(parent.length);
  for (var i = 0; i < parent.length; i++) {
    var n = make(i);
    n.parent = parent[i] < 0 ? null : nodes[parent[i]];
    n.children = [];
    if (n.parent) n.parent.children.push(n);
    nodes[i] = n;
  }
  nodes.forEach(function (n) {
    n.children.sort(function (p, q) { return p.name < q.name ? -1 : p.name > q.name ? 1 : 0; });
  });
  return nodes[0];
};
