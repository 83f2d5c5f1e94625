// jbound's diff page: two recordings side by side and a differential flame graph. Everything from
// the recordings is untrusted and only ever put into the page as text.
(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('jbound-data').textContent);
  var diff = data.diff;
  var el = jboundDom.el;
  var svg = jboundDom.svg;
  function byId(id) { return document.getElementById(id); }
  function pct(share) { return (100 * share).toFixed(0) + '%'; }
  function cores(c) { return c.toFixed(2); }
  function signed(c) { return (c >= 0 ? '+' : '') + c.toFixed(2); }

  byId('files').textContent = 'before: ' + diff.before.file + ' · after: ' + diff.after.file;
  byId('verdict-change').textContent = diff.before.verdict + ' (' + diff.before.confidence + ') → ' + diff.after.verdict + ' (' + diff.after.confidence + ')';

  jboundTable(byId('summary'), [
    { key: 'what', label: '' },
    { key: 'before', label: 'Before', num: true },
    { key: 'after', label: 'After', num: true }
  ], [
    { what: 'CPU share of active time', before: pct(diff.before.cpuShare), after: pct(diff.after.cpuShare) },
    { what: 'I/O share of active time', before: pct(diff.before.ioShare), after: pct(diff.after.ioShare) },
    { what: 'Lock share of active time', before: pct(diff.before.lockShare), after: pct(diff.after.lockShare) },
    { what: 'Busy application threads', before: diff.before.busyThreads.toFixed(2), after: diff.after.busyThreads.toFixed(2) },
    { what: 'JVM CPU, cores', before: diff.before.jvmCores.toFixed(2), after: diff.after.jvmCores.toFixed(2) },
    { what: 'Duration', before: (diff.before.durationNanos / 1e9).toFixed(1) + ' s', after: (diff.after.durationNanos / 1e9).toFixed(1) + ' s' },
    { what: 'Execution samples', before: diff.before.executionSamples, after: diff.after.executionSamples }
  ], '');

  var methodColumns = [
    { key: 'method', label: 'Method' },
    { key: 'change', label: 'Change, cores', num: true, fmt: signed },
    { key: 'coresBefore', label: 'Before', num: true, fmt: cores },
    { key: 'coresAfter', label: 'After', num: true, fmt: cores },
    { key: 'percentBefore', label: '% before', num: true, fmt: function (v) { return v.toFixed(1) + '%'; } },
    { key: 'percentAfter', label: '% after', num: true, fmt: function (v) { return v.toFixed(1) + '%'; } }
  ];
  function withChange(rows) { return rows.map(function (r) { var c = Object.assign({}, r); c.change = r.coresAfter - r.coresBefore; return c; }); }
  jboundTable(byId('grew'), methodColumns, withChange(diff.grew), 'No method grew by 0.01 cores or more.');
  jboundTable(byId('shrank'), methodColumns, withChange(diff.shrank), 'No method shrank by 0.01 cores or more.');
  jboundTable(byId('io'), [
    { key: 'kind', label: 'Kind', fmt: function (v) { return String(v).replace('jdk.', ''); } },
    { key: 'method', label: 'Method' },
    { key: 'threadsBefore', label: 'Before', num: true, fmt: cores },
    { key: 'threadsAfter', label: 'After', num: true, fmt: cores },
    { key: 'callsBefore', label: 'Calls before', num: true },
    { key: 'callsAfter', label: 'Calls after', num: true }
  ], diff.io, 'No I/O events in either recording.');

  // ---- differential flame graph -----------------------------------------------------------
  var names = data.flame.names;
  function decode(a, parent) {
    var n = { name: a[0] < 0 ? 'all' : names[a[0]], before: a[1], after: a[2], parent: parent, children: [] };
    for (var i = 0; i < a[3].length; i++) n.children.push(decode(a[3][i], n));
    n.children.sort(function (p, q) { return p.name < q.name ? -1 : p.name > q.name ? 1 : 0; });
    return n;
  }
  var root = decode(data.flame.root, null);
  var state = { zoom: root, query: null, icicle: false, frames: [] };
  var ROW = 17;
  // Before plus after: it adds up from children to parents, and code that vanished or appeared
  // keeps a width of its own.
  function width(n) { return n.before + n.after; }
  function color(n) {
    var size = width(n);
    var change = size > 0 ? (n.after - n.before) / size : 0;
    if (Math.abs(change) < 0.05) return 'hsl(0,0%,80%)';
    var light = 88 - 38 * Math.min(1, Math.abs(change));
    return change > 0 ? 'hsl(4,85%,' + light + '%)' : 'hsl(214,85%,' + light + '%)';
  }
  function matches(n) { return state.query !== null && n !== root && state.query.test(n.name); }

  function render() {
    var box = byId('flame');
    box.textContent = '';
    state.frames = [];
    var legend = byId('flame-legend');
    legend.textContent = '';
    [['used more CPU after', 'hsl(4,85%,55%)'], ['used less', 'hsl(214,85%,55%)'], ['about the same', 'hsl(0,0%,80%)']]
      .forEach(function (l) { var sp = el('span', l[0]); sp.style.setProperty('--swatch', l[1]); legend.appendChild(sp); });
    var total = width(state.zoom);
    if (total <= 0) {
      box.appendChild(el('p', 'Neither recording has CPU samples.', { 'class': 'muted empty' }));
      byId('flame-status').textContent = '';
      return;
    }
    var W = Math.max(480, box.clientWidth || 1000);
    var path = [];
    for (var a = state.zoom.parent; a; a = a.parent) path.unshift(a);
    path.forEach(function (n, d) { state.frames.push({ node: n, x: 0, w: W, depth: d }); });
    (function layout(n, x0, depth) {
      var w = width(n) / total * W;
      if (w < 0.4) return;
      state.frames.push({ node: n, x: x0, w: w, depth: depth });
      var cx = x0;
      for (var i = 0; i < n.children.length; i++) {
        layout(n.children[i], cx, depth + 1);
        cx += width(n.children[i]) / total * W;
      }
    })(state.zoom, 0, path.length);
    var maxDepth = 0;
    state.frames.forEach(function (f) { maxDepth = Math.max(maxDepth, f.depth); });
    var H = (maxDepth + 1) * ROW;
    var g = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, id: 'flame-svg', 'aria-label': 'differential flame graph' });
    g.style.height = H + 'px';
    var matched = 0;
    state.frames.forEach(function (f, i) {
      var yPos = state.icicle ? f.depth * ROW : (maxDepth - f.depth) * ROW;
      var n = f.node;
      var change = n.after - n.before;
      var r = svg('rect', { x: f.x, y: yPos, width: Math.max(0.5, f.w), height: ROW - 1, 'data-i': i,
        'data-change': Math.abs(change) < 0.05 * width(n) ? 'same' : change > 0 ? 'grew' : 'shrank',
        'aria-label': n.name + ': ' + cores(n.before) + ' → ' + cores(n.after) + ' cores' });
      r.style.fill = color(n);
      if (matches(f.node)) { r.setAttribute('class', 'match'); matched++; }
      g.appendChild(r);
      if (f.w > 28) {
        var t = svg('text', { x: f.x + 3, y: yPos + ROW - 5 });
        var chars = Math.floor((f.w - 6) / 6.6);
        t.textContent = f.node.name.length > chars ? f.node.name.slice(0, Math.max(0, chars - 1)) + '…' : f.node.name;
        g.appendChild(t);
      }
    });
    box.appendChild(g);
    var line = 'Showing ' + cores(state.zoom.before) + ' → ' + cores(state.zoom.after) + ' cores' + (state.zoom === root ? '' : ' under ' + state.zoom.name) + '.';
    if (state.query !== null) line += ' Search: ' + matched + ' frames match.';
    byId('flame-status').textContent = line;
  }

  var box = byId('flame');
  var tip = byId('tooltip');
  box.addEventListener('mousemove', function (e) {
    var i = e.target.getAttribute && e.target.getAttribute('data-i');
    if (i === null || i === undefined) { tip.hidden = true; return; }
    var n = state.frames[Number(i)].node;
    tip.textContent = '';
    tip.appendChild(el('strong', n.name));
    tip.appendChild(el('div', cores(n.before) + ' → ' + cores(n.after) + ' cores (' + signed(n.after - n.before) + ')'));
    tip.hidden = false;
    tip.style.left = Math.min(e.clientX + 12, window.innerWidth - 380) + 'px';
    tip.style.top = (e.clientY + 14) + 'px';
  });
  box.addEventListener('mouseleave', function () { tip.hidden = true; });
  box.addEventListener('click', function (e) {
    var i = e.target.getAttribute && e.target.getAttribute('data-i');
    if (i === null || i === undefined) return;
    state.zoom = state.frames[Number(i)].node;
    render();
  });
  byId('flame-search').addEventListener('input', function (e) {
    var text = e.target.value.trim();
    if (text === '') { state.query = null; }
    else {
      try { state.query = new RegExp(text, 'i'); }
      catch (err) { state.query = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'); }
    }
    render();
  });
  byId('flame-reset').addEventListener('click', function () {
    state.zoom = root; state.query = null; byId('flame-search').value = ''; render();
  });
  byId('flame-icicle').addEventListener('change', function (e) { state.icicle = e.target.checked; render(); });
  render();
  var resizeTimer = null;
  window.addEventListener('resize', function () { clearTimeout(resizeTimer); resizeTimer = setTimeout(render, 150); });
  document.body.setAttribute('data-render-ms', String(Math.round(performance.now() - started)));
  document.body.setAttribute('data-rendered', 'true');
})();
