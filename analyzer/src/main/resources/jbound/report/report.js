// jbound's report page. Everything from the recording is untrusted: it is only ever put into
// the page as text (textContent, attribute values), never parsed as HTML.
(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('jbound-data').textContent);
  var report = data.report;
  var VERDICT_LABELS = { CPU_BOUND: 'CPU-BOUND', IO_BOUND: 'I/O-BOUND', MIXED: 'MIXED', LOCK_BOUND: 'LOCK-BOUND', IDLE: 'IDLE', UNKNOWN: 'UNKNOWN' };
  var KIND_LABELS = { CPU: 'CPU', SOCKET_IO: 'socket I/O', FILE_IO: 'file I/O', LOCK: 'lock', WAIT: 'park / wait / sleep' };
  var KIND_COLORS = { CPU: 'var(--cpu)', SOCKET_IO: 'var(--socket)', FILE_IO: 'var(--file)', LOCK: 'var(--lock)', WAIT: 'var(--wait)' };

  var el = jboundDom.el;
  var svg = jboundDom.svg;
  function byId(id) { return document.getElementById(id); }
  function duration(nanos) {
    if (nanos >= 1e9) return (nanos / 1e9).toFixed(2) + ' s';
    if (nanos >= 1e6) return (nanos / 1e6).toFixed(1) + ' ms';
    if (nanos >= 1e3) return (nanos / 1e3).toFixed(1) + ' µs';
    return Math.round(nanos) + ' ns';
  }
  function bytes(n) {
    if (n < 1024) return n + ' B';
    if (n < 1048576) return (n / 1024).toFixed(1) + ' KB';
    if (n < 1073741824) return (n / 1048576).toFixed(1) + ' MB';
    return (n / 1073741824).toFixed(2) + ' GB';
  }
  function pct(share) { return (100 * share).toFixed(1) + '%'; }
  function count(n) { return Number(n).toLocaleString('en-US'); }

  // ---- recording and verdict -------------------------------------------------------------
  function renderHeader() {
    var rec = report.recording;
    var parts = [rec.file, (rec.jvm || 'unknown JVM') + ' ' + (rec.jvmVersion || ''),
      (rec.hardwareThreads || '?') + ' hardware threads', (rec.durationNanos / 1e9).toFixed(1) + ' s',
      rec.chunks + (rec.chunks === 1 ? ' chunk' : ' chunks'), bytes(rec.bytes), 'recorded ' + rec.start];
    byId('recording').textContent = parts.join(' · ');
    document.title = 'jbound — ' + rec.file;
  }

  function renderVerdict() {
    var v = report.verdict;
    var kind = byId('verdict-kind');
    kind.textContent = VERDICT_LABELS[v.kind] || v.kind;
    kind.style.color = 'var(--verdict-' + v.kind + ')';
    byId('confidence').textContent = 'confidence ' + v.confidence.level + ' (' + v.confidence.score.toFixed(2) + ')';
    byId('headline').textContent = v.headline;
    var list = byId('evidence');
    v.evidence.forEach(function (e) { list.appendChild(el('li', e.text, { 'data-id': e.id })); });
    (report.recording.warnings || []).forEach(function (w) { list.appendChild(el('li', 'Warning: ' + w)); });
    var spots = report.blindSpots || [];
    byId('blind-spots-summary').textContent = spots.length === 0
      ? 'What this recording cannot show: nothing that matters here'
      : 'What this recording cannot show (' + spots.length + ')';
    var box = byId('blind-spots');
    spots.forEach(function (s) {
      var li = el('li');
      li.appendChild(el('strong', s.what));
      li.appendChild(document.createTextNode(': ' + s.consequence + '. To see it: ' + s.remedy + '.'));
      box.appendChild(li);
    });
    if (spots.some(function (s) { return s.affectsVerdict; })) byId('blind-spots-box').open = true;
  }

  // ---- load over time --------------------------------------------------------------------
  function renderLoad() {
    var box = byId('load-chart');
    box.textContent = '';
    var load = report.cpuLoad || [];
    var io = data.ioTimeline || [];
    if (load.length === 0 && io.length === 0) {
      box.appendChild(el('p', 'No jdk.CPULoad readings and no I/O events in this recording.', { 'class': 'muted' }));
      return;
    }
    var W = Math.max(480, box.clientWidth || 900), H = 240, m = { l: 44, r: 56, t: 10, b: 30 };
    var durationMs = Math.max(1, report.recording.durationNanos / 1e6);
    var cores = Math.max(1, report.recording.hardwareThreads || 1);
    var yMax = cores;
    load.forEach(function (p) { yMax = Math.max(yMax, p.machineCores, p.jvmUserCores + p.jvmSystemCores); });
    var ioMax = 0;
    io.forEach(function (b) { ioMax = Math.max(ioMax, b.nanos / 1e9); });
    var x = function (ms) { return m.l + (W - m.l - m.r) * Math.min(1, Math.max(0, ms / durationMs)); };
    var y = function (c) { return H - m.b - (H - m.t - m.b) * (c / yMax); };
    var yIo = function (t) { return H - m.b - (H - m.t - m.b) * (ioMax === 0 ? 0 : t / ioMax); };
    var chart = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'CPU load and I/O over time', id: 'load-svg' });
    // I/O bars, one per second
    var barWidth = Math.max(1, x(1000) - x(0) - 1);
    io.forEach(function (b) {
      var rect = svg('rect', { x: x(b.offsetMillis), y: yIo(b.nanos / 1e9), width: barWidth, height: Math.max(0, H - m.b - yIo(b.nanos / 1e9)), 'class': 'io-bar' });
      rect.style.fill = 'var(--socket)';
      rect.style.opacity = '0.3';
      var title = svg('title');
      title.textContent = (b.offsetMillis / 1000).toFixed(0) + ' s: ' + count(b.events) + ' I/O events, ' + duration(b.nanos) + ' waited';
      rect.appendChild(title);
      chart.appendChild(rect);
    });
    // axes and grid
    for (var c = 0; c <= yMax + 1e-9; c += yMax > 8 ? Math.ceil(yMax / 8) : (yMax > 2 ? 1 : 0.5)) {
      chart.appendChild(svg('line', { x1: m.l, x2: W - m.r, y1: y(c), y2: y(c), 'class': 'axis', stroke: 'currentColor', 'stroke-opacity': '0.15' }));
      var label = svg('text', { x: m.l - 6, y: y(c) + 4, 'text-anchor': 'end' });
      label.textContent = c.toFixed(c % 1 === 0 ? 0 : 1);
      chart.appendChild(label);
    }
    var step = Math.max(1, Math.ceil(durationMs / 1000 / 10));
    for (var s = 0; s * 1000 <= durationMs; s += step) {
      var t = svg('text', { x: x(s * 1000), y: H - m.b + 16, 'text-anchor': 'middle' });
      t.textContent = s + ' s';
      chart.appendChild(t);
    }
    var yTitle = svg('text', { x: 12, y: m.t + 10 });
    yTitle.textContent = 'cores';
    chart.appendChild(yTitle);
    if (ioMax > 0) {
      var right = svg('text', { x: W - m.r + 6, y: yIo(ioMax) + 10 });
      right.textContent = ioMax.toFixed(1) + ' threads';
      chart.appendChild(right);
    }
    if (load.length > 0) {
      var area = 'M' + x(load[0].offsetMillis) + ',' + y(0);
      var machine = '';
      load.forEach(function (p, i) {
        area += ' L' + x(p.offsetMillis) + ',' + y(p.jvmUserCores + p.jvmSystemCores);
        machine += (i === 0 ? 'M' : ' L') + x(p.offsetMillis) + ',' + y(p.machineCores);
      });
      area += ' L' + x(load[load.length - 1].offsetMillis) + ',' + y(0) + ' Z';
      var jvm = svg('path', { d: area, id: 'jvm-load' });
      jvm.style.fill = 'var(--cpu)';
      jvm.style.fillOpacity = '0.55';
      chart.appendChild(jvm);
      var mach = svg('path', { d: machine, fill: 'none', 'stroke-width': '1.5', 'stroke-dasharray': '4 3', id: 'machine-load' });
      mach.style.stroke = 'var(--fg)';
      chart.appendChild(mach);
    }
    box.appendChild(chart);
    var legend = el('div', null, { 'class': 'legend' });
    [['JVM CPU (cores)', 'var(--cpu)'], ['machine CPU (cores, dashed)', 'var(--fg)'], ['threads in I/O (right axis)', 'var(--socket)']]
      .forEach(function (l) { var sp = el('span', l[0]); sp.style.setProperty('--swatch', l[1]); legend.appendChild(sp); });
    box.appendChild(legend);
  }

  // ---- threads -----------------------------------------------------------------------------
  function renderThreads() {
    var box = byId('threads');
    var threads = (report.threads || []).filter(function (t) { return !t.infrastructure; });
    threads.sort(function (a, b) { return (b.cpuNanos + b.ioNanos + b.lockNanos) - (a.cpuNanos + a.ioNanos + a.lockNanos); });
    if (threads.length === 0) { box.appendChild(el('p', 'No application threads were seen.', { 'class': 'muted' })); return; }
    var legend = el('div', null, { 'class': 'legend' });
    [['on CPU', 'var(--cpu)'], ['I/O', 'var(--socket)'], ['lock', 'var(--lock)'], ['waiting for work', 'var(--wait)'], ['unaccounted', 'var(--other)']]
      .forEach(function (l) { var sp = el('span', l[0]); sp.style.setProperty('--swatch', l[1]); legend.appendChild(sp); });
    box.appendChild(legend);
    threads.slice(0, 40).forEach(function (t) {
      var row = el('div', null, { 'class': 'thread-row' });
      row.appendChild(el('span', t.name, { 'class': 'tname', title: t.name }));
      var bar = el('div', null, { 'class': 'bar thread-bar' });
      [[t.cpuShare, 'var(--cpu)', 'CPU (' + t.cpuSource.toLowerCase().replace(/_/g, ' ') + ')'], [t.ioShare, 'var(--socket)', 'I/O'],
        [t.lockShare, 'var(--lock)', 'lock'], [t.waitShare, 'var(--wait)', 'waiting for work'], [t.unseenShare, 'var(--other)', 'unaccounted']]
        .forEach(function (seg) {
          var s = el('span', null, { title: seg[2] + ' ' + pct(seg[0]) });
          s.style.width = (100 * seg[0]) + '%';
          s.style.background = seg[1];
          bar.appendChild(s);
        });
      row.appendChild(bar);
      row.appendChild(el('span', (t.observedNanos / 1e9).toFixed(1) + ' s', { 'class': 'muted' }));
      box.appendChild(row);
    });
    if (threads.length > 40) box.appendChild(el('p', 'and ' + (threads.length - 40) + ' more threads (see the JSON).', { 'class': 'muted' }));
  }

  // ---- flame graphs ------------------------------------------------------------------------
  var flame = (function () {
    var names = data.flame.names, app = data.flame.application, kinds = data.flame.kinds;
    var VIEWS = {
      cpu: { kinds: ['CPU'], caption: 'On-CPU: execution samples × sampling period. Width is CPU time; application frames are orange, the JDK\'s yellow.' },
      offcpu: { kinds: ['SOCKET_IO', 'FILE_IO', 'LOCK', 'WAIT'], caption: 'Off-CPU: durations of I/O, lock and wait events, coloured by what the time under each frame was.' },
      wall: { kinds: ['CPU', 'SOCKET_IO', 'FILE_IO', 'LOCK', 'WAIT'], caption: 'Wall clock: CPU time (from samples) and off-CPU time (from events) on one scale — thinking in warm colours, waiting in cool ones.' }
    };
    var f = data.flame;
    var root = jboundFlame.tree(f.parent, function (i) {
      return { name: f.name[i] < 0 ? 'all' : names[f.name[i]], app: f.name[i] >= 0 && app[f.name[i]], w: f.weight[i] };
    });
    // Open on the view that shows where the verdict's time went.
    var FIRST_VIEW = { CPU_BOUND: 'cpu', IO_BOUND: 'offcpu', LOCK_BOUND: 'offcpu' };
    var view, idx;
    function show(next) {
      view = next;
      idx = VIEWS[view].kinds.map(function (k) { return kinds.indexOf(k); });
    }
    show(FIRST_VIEW[report.verdict.kind] || 'wall');

    function weight(n) { var s = 0; for (var i = 0; i < idx.length; i++) s += n.w[idx[i]]; return s; }
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
    function describe(n) {
      var total = weight(root), w = weight(n);
      var lines = [n.name, (n.app ? 'application code' : 'JDK or library code') + ' · ' + duration(w) + ' · ' + pct(total ? w / total : 0) + ' of all'];
      if (idx.length > 1) {
        lines.push(idx.filter(function (k) { return n.w[k] > 0; }).map(function (k) { return KIND_LABELS[kinds[k]] + ' ' + duration(n.w[k]); }).join(', '));
      }
      return lines;
    }
    function statusLine(zoom, total, matched, matchedWeight) {
      var line = 'Showing ' + duration(total) + (zoom === root ? '' : ' under ' + zoom.name) + '.';
      if (matched !== null) line += ' Search: ' + matched + ' frames match, ' + pct(total ? matchedWeight / total : 0) + ' of the time shown.';
      return line;
    }
    var graph = null;

    function caption() {
      byId('flame-caption').textContent = VIEWS[view].caption;
      var legend = byId('flame-legend');
      legend.textContent = '';
      if (view !== 'cpu') {
        VIEWS[view].kinds.forEach(function (k) {
          var sp = el('span', KIND_LABELS[k] + ' ' + duration(root.w[kinds.indexOf(k)]));
          sp.style.setProperty('--swatch', KIND_COLORS[k]);
          legend.appendChild(sp);
        });
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
        root: root, weight: weight, color: color, describe: describe, statusLine: statusLine,
        empty: function () { return 'Nothing of this kind was recorded.'; }
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
    }
    return { render: render, install: install };
  })();

  // ---- tables ------------------------------------------------------------------------------
  function table(containerId, columns, rows, emptyText) { jboundTable(byId(containerId), columns, rows, emptyText, data.top); }

  function renderTables() {
    var hot = [
      { key: 'method', label: 'Method' },
      { key: 'selfPercent', label: 'Self %', num: true, fmt: function (v) { return v.toFixed(2) + '%'; } },
      { key: 'selfSamples', label: 'Self samples', num: true, fmt: count },
      { key: 'totalPercent', label: 'Total %', num: true, fmt: function (v) { return v.toFixed(2) + '%'; } }
    ];
    table('hot-methods', hot, report.hotMethods || [], 'No CPU samples in this recording.');
    table('hot-app-methods', hot.slice(0, 3), report.hotApplicationMethods, 'No CPU samples in this recording.');
    // What the terminal shows beside the hot methods, shown here too where the recording has it.
    [['cpu-time-section', 'cpu-time-methods', report.cpuTimeHotMethods], ['wall-section', 'wall-methods', report.wallHotMethods],
      ['native-section', 'native-methods', report.nativeMethods]].forEach(function (s) {
      if (s[2] && s[2].length) {
        byId(s[0]).hidden = false;
        table(s[1], hot, s[2], '');
      }
    });
    var io = function (label) {
      return [
        { key: 'kind', label: 'Kind', fmt: function (v) { return v.replace('jdk.', ''); } },
        { key: label, label: label === 'method' ? 'Method' : 'Host:port or path' },
        { key: 'count', label: 'Calls', num: true, fmt: count },
        { key: 'totalNanos', label: 'Total', num: true, fmt: duration },
        { key: 'maxNanos', label: 'Longest', num: true, fmt: duration },
        { key: 'bytes', label: 'Bytes', num: true, fmt: bytes }
      ];
    };
    table('io-by-method', io('method'), report.ioByMethod, 'No socket or file I/O events in this recording.');
    table('io-by-target', io('target'), report.ioByTarget, 'No socket or file I/O events in this recording.');
    table('waits', [
      { key: 'category', label: 'Kind', fmt: function (v) { return v.toLowerCase(); } },
      { key: 'method', label: 'Method' },
      { key: 'subject', label: 'On' },
      { key: 'count', label: 'Count', num: true, fmt: count },
      { key: 'totalNanos', label: 'Total', num: true, fmt: duration },
      { key: 'maxNanos', label: 'Longest', num: true, fmt: duration }
    ], report.waits, 'No lock, park or sleep events in this recording.');
    var gc = report.gcPauses;
    byId('gc-pauses').textContent = gc && gc.count > 0
        ? 'GC pauses: ' + count(gc.count) + ', ' + duration(gc.totalNanos) + ' in all, longest ' + duration(gc.maxNanos) + '.'
        : 'No GC pauses in this recording.';
  }

  function renderAdvice() {
    var list = byId('advice');
    (report.advice || []).forEach(function (a) {
      var li = el('li');
      li.appendChild(el('strong', a.action));
      li.appendChild(document.createTextNode(': ' + a.why + '.'));
      if (a.methods && a.methods.length) {
        var ul = el('ul');
        a.methods.forEach(function (m) { ul.appendChild(el('li', m)); });
        li.appendChild(ul);
      }
      list.appendChild(li);
    });
  }

  function renderEnvironment() {
    var env = report.environment;
    if (!env) return;
    byId('environment-section').hidden = false;
    var pairs = function (map) { return Object.keys(map).sort().map(function (k) { return { key: k, value: map[k] }; }); };
    var columns = [{ key: 'key', label: 'Name' }, { key: 'value', label: 'Value' }];
    table('env-command-line', columns, pairs(env.jvmCommandLine), 'Not recorded.');
    table('env-variables', columns, pairs(env.environmentVariables), 'Not recorded.');
    table('env-properties', columns, pairs(env.systemProperties), 'Not recorded.');
  }

  renderHeader();
  renderVerdict();
  renderLoad();
  renderThreads();
  flame.install();
  flame.render();
  renderTables();
  renderAdvice();
  renderEnvironment();
  var resizeTimer = null;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { renderLoad(); flame.render(); }, 150);
  });
  document.body.setAttribute('data-render-ms', String(Math.round(performance.now() - started)));
  document.body.setAttribute('data-rendered', 'true');
})();
