// The report page's flame graphs: which stacks each view draws (on CPU, off CPU, the wall clock),
// their colours and words, the callers' tree, the waiting toggle, and a table row's method shown in
// them. Drawing and listening are jboundFlame's (flame.js); this chooses what it is given.
// Names from the recording reach the page as text only.
// uses: format.js flame.js
var jboundReportFlame = function (data) {
  'use strict';
  var report = data.report;
  var KIND_LABELS = { CPU: 'CPU', SOCKET_IO: 'socket I/O', FILE_IO: 'file I/O', LOCK: 'lock', WAIT: 'park / wait / sleep',
    NATIVE_IO: 'I/O seen in native samples', REMOTE_CALL: 'remote call (a client\'s blocking call)' };
  var KIND_COLORS = { CPU: 'var(--cpu)', SOCKET_IO: 'var(--socket)', FILE_IO: 'var(--file)', LOCK: 'var(--lock)', WAIT: 'var(--wait)',
    NATIVE_IO: 'var(--native-io)', REMOTE_CALL: 'var(--remote)' };
  function byId(id) { return document.getElementById(id); }
  var fmt = jboundFormat;
  var duration = fmt.duration, pct = fmt.pct, count = fmt.count;
  var names = data.flame.names, app = data.flame.application, kinds = data.flame.kinds;
  var WAIT = kinds.indexOf('WAIT');
  var VIEWS = {
    cpu: { kinds: ['CPU'], caption: 'On-CPU: execution samples × sampling period. Width is CPU time; application frames are orange, the JDK\'s yellow.' },
    offcpu: { kinds: ['SOCKET_IO', 'FILE_IO', 'NATIVE_IO', 'REMOTE_CALL', 'LOCK', 'WAIT'], caption: 'Off-CPU: durations of I/O, lock and wait events, and I/O that only native samples saw (an fsync has no event), and parks under clients\' blocking calls (remote calls), coloured by what the time under each frame was.' },
    wall: { kinds: ['CPU', 'SOCKET_IO', 'FILE_IO', 'NATIVE_IO', 'REMOTE_CALL', 'LOCK', 'WAIT'], caption: 'Wall clock: CPU time (from samples) and off-CPU time (from events and native samples) on one scale — thinking in warm colours, waiting in cool ones.' }
  };
  var f = data.flame;
  var callees = jboundFlame.tree(f.parent, function (i) {
    return { name: f.name[i] < 0 ? 'all' : names[f.name[i]], app: f.name[i] >= 0 && app[f.name[i]], w: f.weight[i] };
  });
  selfWeights(callees);
  var callers = null;
  var root = callees;
  // Open on the view that shows where the verdict's time went; waiting for work (park, wait,
  // sleep, reads that wait for requests) is left out until asked for, as the verdict leaves it out.
  var FIRST_VIEW = { CPU_BOUND: 'cpu', IO_BOUND: 'offcpu', LOCK_BOUND: 'offcpu' };
  var view, idx, withWaiting = false;
  function show(next) {
    view = next;
    idx = VIEWS[view].kinds.map(function (k) { return kinds.indexOf(k); })
      .filter(function (k) { return withWaiting || k !== WAIT; });
  }
  show(FIRST_VIEW[report.verdict.kind] || 'wall');

  /** Each node's own weight per kind: what is not under any of its children. */
  function selfWeights(top) {
    var todo = [top];
    while (todo.length) {
      var n = todo.pop();
      n.self = n.w.slice();
      n.children.forEach(function (c) {
        for (var k = 0; k < n.self.length; k++) n.self[k] -= c.w[k];
        todo.push(c);
      });
      for (var k = 0; k < n.self.length; k++) n.self[k] = Math.max(0, n.self[k]);
    }
  }

  /** The callers' tree: each method's own time at the root, its callers above it. Built once, when first asked for. */
  function callersTree() {
    var top = { name: 'all', app: false, w: callees.w.map(function () { return 0; }), parent: null, children: [], byName: {} };
    var todo = [callees];
    while (todo.length) {
      var n = todo.pop();
      n.children.forEach(function (c) { todo.push(c); });
      if (n === callees || !n.self.some(function (v) { return v > 0; })) continue;
      var at = top;
      for (var k = 0; k < top.w.length; k++) top.w[k] += n.self[k];
      for (var a = n; a && a !== callees; a = a.parent) {
        var next = at.byName[a.name];
        if (!next) {
          next = { name: a.name, app: a.app, w: top.w.map(function () { return 0; }), parent: at, children: [], byName: {} };
          at.byName[a.name] = next;
          at.children.push(next);
        }
        for (k = 0; k < top.w.length; k++) next.w[k] += n.self[k];
        at = next;
      }
    }
    var sort = [top];
    while (sort.length) {
      var m = sort.pop();
      m.children.sort(function (p, q) { return p.name < q.name ? -1 : p.name > q.name ? 1 : 0; });
      m.children.forEach(function (c) { sort.push(c); });
    }
    selfWeights(top);
    return top;
  }

  function weight(n) { var s = 0; for (var i = 0; i < idx.length; i++) s += n.w[idx[i]]; return s; }
  function selfWeight(n) { var s = 0; for (var i = 0; i < idx.length; i++) s += n.self[idx[i]]; return s; }
  function dominant(n) {
    var best = idx[0];
    for (var i = 1; i < idx.length; i++) if (n.w[idx[i]] > n.w[best]) best = idx[i];
    return kinds[best];
  }
  function hue(name) { var h = 0; for (var i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) | 0; return Math.abs(h); }
  function color(n) {
    if (view === 'cpu') {
      var v = hue(n.name) % 20;
      return n.app ? 'hsl(' + (18 + v) + ',85%,' + (58 + v % 8) + '%)' : 'hsl(' + (44 + v) + ',80%,' + (60 + v % 8) + '%)';
    }
    return KIND_COLORS[dominant(n)];
  }
  var CPU = kinds.indexOf('CPU');
  function samples(nanos) {
    var n = f.cpuSamplePeriodNanos > 0 ? Math.round(nanos / f.cpuSamplePeriodNanos) : 0;
    return count(n) + (n === 1 ? ' sample' : ' samples');
  }
  function describe(n) {
    var all = weight(root), w = weight(n), own = selfWeight(n);
    var lines = [n.name, (n.app ? 'application code' : 'JDK or library code'),
      'total ' + duration(w) + ' (' + pct(all ? w / all : 0) + ')' + (view === 'cpu' ? ', ' + samples(n.w[CPU]) : '')
        + ' · self ' + duration(own) + ' (' + pct(all ? own / all : 0) + ')' + (view === 'cpu' ? ', ' + samples(n.self[CPU]) : '')];
    if (idx.length > 1) {
      lines.push(idx.filter(function (k) { return n.w[k] > 0; }).map(function (k) { return KIND_LABELS[kinds[k]] + ' ' + duration(n.w[k]); }).join(', '));
    }
    return lines;
  }
  function statusLine(zoom, total, matched, matchedWeight) {
    var line = 'Showing ' + duration(total) + (zoom === root ? '' : ' under ' + zoom.name) + (root === callers ? ', callers above each method' : '') + '.';
    if (matched !== null) line += ' Search: ' + matched + ' frames match, ' + pct(total ? matchedWeight / total : 0) + ' of the time shown.';
    return line;
  }
  function empty() {
    return WAIT >= 0 && !withWaiting && root.w[WAIT] > 0 && VIEWS[view].kinds.indexOf('WAIT') >= 0
      ? 'Nothing here but waiting for work (' + duration(root.w[WAIT]) + '): tick "waiting for work" to see it.'
      : 'Nothing of this kind was recorded.';
  }
  var graph = null;

  function caption() {
    byId('flame-caption').textContent = VIEWS[view].caption;
    var legend = byId('flame-legend');
    legend.textContent = '';
    if (view !== 'cpu') {
      fmt.legend(legend, idx.map(function (k) { return [KIND_LABELS[kinds[k]] + ' ' + duration(root.w[k]), KIND_COLORS[kinds[k]]]; }));
    }
  }

  function render() {
    caption();
    graph.render();
  }

  function showActiveTab() {
    Array.prototype.forEach.call(byId('flame-views').children, function (b) {
      b.classList.toggle('active', b.getAttribute('data-view') === view);
    });
  }

  function install() {
    graph = jboundFlame({
      box: byId('flame'), tooltip: byId('tooltip'), status: byId('flame-status'),
      search: byId('flame-search'), reset: byId('flame-reset'), icicle: byId('flame-icicle'),
      root: root, weight: weight, color: color, describe: describe, statusLine: statusLine, empty: empty,
      attrs: function (n) { return { 'data-name': n.name }; }
    });
    showActiveTab();
    byId('flame-views').addEventListener('click', function (e) {
      var next = e.target.getAttribute && e.target.getAttribute('data-view');
      if (!next) return;
      show(next);
      showActiveTab();
      caption();
      graph.unzoom();
    });
    byId('flame-waiting').addEventListener('change', function (e) {
      withWaiting = e.target.checked;
      show(view);
      caption();
      graph.unzoom();
    });
    byId('flame-reverse').addEventListener('change', function (e) {
      if (e.target.checked && !callers) callers = callersTree();
      root = e.target.checked ? callers : callees;
      caption();
      graph.setRoot(root);
    });
  }

  /** Shows this method's frames in the graph, in the view its table counts: from a click on a table's row. */
  function highlight(method, inView) {
    if (inView !== view) {
      show(inView);
      showActiveTab();
      caption();
    }
    graph.highlight(method);
    byId('flame').scrollIntoView({ block: 'nearest' });
  }
  return { render: render, install: install, highlight: highlight };
};
