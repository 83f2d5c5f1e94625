// Shared by jbound's pages: a flame graph drawn from a tree of nodes ({ name, parent, children }),
// with hover, click to zoom, regex search, reset and icicle. The page says how wide and what
// colour a node is, what its tooltip and status line read; this draws and listens. Names reach
// the page as text only.
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

  function matches(n) { return state.query !== null && n !== o.root && state.query.test(n.name); }

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
    (function layout(n, x0, depth) {
      var w = o.weight(n) / total * W;
      if (w < 0.4) return;
      state.frames.push({ node: n, x: x0, w: w, depth: depth });
      var cx = x0;
      for (var i = 0; i < n.children.length; i++) {
        layout(n.children[i], cx, depth + 1);
        cx += o.weight(n.children[i]) / total * W;
      }
    })(state.zoom, 0, path.length);
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
        var chars = Math.floor((f.w - 6) / 6.6);
        t.textContent = jboundDom.confined(f.node.name.length > chars ? f.node.name.slice(0, Math.max(0, chars - 1)) + '…' : f.node.name);
        g.appendChild(t);
      }
    });
    box.appendChild(g);
    var matchedWeight = 0;
    if (state.query !== null) {
      (function walk(n, under) {
        var m = !under && matches(n);
        if (m) matchedWeight += o.weight(n);
        n.children.forEach(function (c) { walk(c, under || m); });
      })(state.zoom, false);
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
    state.zoom = o.root;
    state.query = null;
    o.search.value = '';
    render();
  });
  o.icicle.addEventListener('change', function (e) { state.icicle = e.target.checked; render(); });

  return {
    render: render,
    /** Back to the whole tree, keeping the search: for a page that changes what a node weighs. */
    unzoom: function () { state.zoom = o.root; render(); }
  };
};
