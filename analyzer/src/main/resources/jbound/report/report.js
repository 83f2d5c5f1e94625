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
    // A remedy shared by several blind spots (re-recording with jbound's settings) is said once, after them.
    (report.remedies || []).forEach(function (r) {
      r.blindSpots.forEach(function (at, i) {
        var s = spots[at];
        var li = el('li', null, { 'class': 'blind-spot' });
        li.appendChild(el('strong', s.what));
        li.appendChild(document.createTextNode(': ' + s.consequence + (r.details[i] ? ' ' + r.details[i] : '') + '.'));
        box.appendChild(li);
      });
      box.appendChild(el('li', 'To see ' + (r.blindSpots.length === 1 ? 'it' : 'them') + ': ' + r.remedy + '.', { 'class': 'remedy' }));
    });
    if (spots.some(function (s) { return s.affectsVerdict; })) byId('blind-spots-box').open = true;
  }

  // ---- phases ----------------------------------------------------------------------------
  var VERDICT_WORDS = { CPU_BOUND: 'CPU-bound', IO_BOUND: 'I/O-bound', MIXED: 'mixed', LOCK_BOUND: 'lock-bound', IDLE: 'idle', UNKNOWN: 'unknown' };
  var CAUSE_WORDS = { CPU: 'CPU', IO: 'I/O', LOCK: 'lock' };
  function seconds(ms) { return (ms / 1000).toFixed(1) + ' s'; }
  function causeText(c) { return c ? c.method + ' (' + CAUSE_WORDS[c.kind] + ' ' + duration(c.nanos) + ')' : ''; }

  function renderPhases() {
    var phases = report.phases || [];
    if (phases.length < 2) return;
    byId('phases-box').hidden = false;
    var strip = byId('phases-strip');
    var total = Math.max(1, phases[phases.length - 1].endMillis);
    phases.forEach(function (p) {
      var seg = el('div', VERDICT_LABELS[p.verdict] + ' ' + seconds(p.startMillis) + '–' + seconds(p.endMillis), {
        'class': 'phase', 'data-verdict': p.verdict,
        title: VERDICT_WORDS[p.verdict] + ' from ' + seconds(p.startMillis) + ' to ' + seconds(p.endMillis)
          + ', confidence ' + p.confidence.level + (p.topCause ? '; top cause ' + causeText(p.topCause) : '') });
      seg.style.flexGrow = String(Math.max(1, p.endMillis - p.startMillis));
      seg.style.flexBasis = '0';
      seg.style.background = 'var(--verdict-' + p.verdict + ')';
      strip.appendChild(seg);
    });
    jboundTable(byId('phases'), [
      { key: 'startMillis', label: 'From', num: true, fmt: seconds },
      { key: 'endMillis', label: 'To', num: true, fmt: seconds },
      { key: 'verdict', label: 'Verdict', fmt: function (v) { return VERDICT_WORDS[v] || v; } },
      { key: 'confidence', label: 'Confidence', fmt: function (c) { return c.level + ' ' + c.score.toFixed(2); } },
      { key: 'busyThreads', label: 'Busy threads', num: true, fmt: function (v) { return v.toFixed(2); } },
      { key: 'cpuShare', label: 'CPU', num: true, fmt: pct },
      { key: 'ioShare', label: 'I/O', num: true, fmt: pct },
      { key: 'lockShare', label: 'Locks', num: true, fmt: pct },
      { key: 'topCause', label: 'Top cause', fmt: causeText }
    ], phases, '', phases.length);
  }

  // ---- over time: the application threads' activity and the process's load (uPlot) ----------
  var TIME_SYNC = 'jbound-time';
  function cssColor(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888'; }
  function chartWidth(box) { return Math.max(480, box.clientWidth || 900); }
  function timeAxis() {
    return { label: 'seconds from the start', values: function (u, ticks) { return ticks.map(function (t) { return t + ' s'; }); } };
  }
  function timeSeries() {
    return { label: 'time', value: function (u, v) { return v === null || v === undefined ? '' : v.toFixed(1) + ' s'; } };
  }
  var charts = [];

  /** Phase bands behind the plot, in the colour of each phase's verdict. */
  function phaseBands(u) {
    var phases = report.phases || [];
    if (phases.length < 2) return;
    var ctx = u.ctx;
    ctx.save();
    ctx.globalAlpha = 0.09;
    phases.forEach(function (p) {
      var x0 = u.valToPos(p.startMillis / 1000, 'x', true);
      var x1 = u.valToPos(p.endMillis / 1000, 'x', true);
      ctx.fillStyle = cssColor('--verdict-' + p.verdict);
      ctx.fillRect(x0, u.bbox.top, Math.max(1, x1 - x0), u.bbox.height);
    });
    ctx.restore();
  }

  function renderActivity() {
    var box = byId('activity-chart');
    box.textContent = '';
    var buckets = (report.timeline && report.timeline.buckets) || [];
    if (buckets.length === 0) {
      box.appendChild(el('p', 'No application threads were seen over time.', { 'class': 'muted' }));
      return;
    }
    var end = report.recording.durationNanos / 1e9;
    var xs = [], cpu = [], io = [], lock = [], wait = [];
    buckets.forEach(function (b) {
      var len = Math.max(1, b.lengthMillis) * 1e6;
      xs.push(b.offsetMillis / 1000);
      cpu.push(b.cpuNanos / len); io.push(b.ioNanos / len); lock.push(b.lockNanos / len); wait.push(b.waitNanos / len);
    });
    // The last stretch holds its value to the recording's end.
    xs.push(Math.max(end, xs[xs.length - 1]));
    [cpu, io, lock, wait].forEach(function (s) { s.push(s[s.length - 1]); });
    var stepped = uPlot.paths.stepped({ align: 1 });
    function line(label, color, fill) {
      return { label: label, stroke: color, width: 1.5, fill: fill ? color + '33' : undefined, paths: stepped, points: { show: false },
        value: function (u, v) { return v === null || v === undefined ? '' : v.toFixed(2); } };
    }
    var chart = new uPlot({
      width: chartWidth(box), height: 220, cursor: { sync: { key: TIME_SYNC } },
      scales: { x: { time: false, range: [0, Math.max(end, 1e-3)] }, y: { range: function (u, min, max) { return [0, Math.max(1, max * 1.05)]; } } },
      axes: [timeAxis(), { label: 'threads', size: 56 }],
      series: [timeSeries(), line('on CPU', cssColor('--cpu'), true), line('in I/O', cssColor('--socket'), true),
        line('blocked on locks', cssColor('--lock'), true), line('waiting for work', cssColor('--wait'), false)],
      hooks: { drawClear: [phaseBands] }
    }, [xs, cpu, io, lock, wait], box);
    box.firstChild.id = 'activity-plot';
    charts.push(chart);
  }

  function renderLoad() {
    var box = byId('load-chart');
    box.textContent = '';
    var load = report.cpuLoad || [];
    if (load.length === 0) {
      box.appendChild(el('p', 'No jdk.CPULoad readings in this recording: the process\'s CPU was not measured.', { 'class': 'muted' }));
      return;
    }
    var end = report.recording.durationNanos / 1e9;
    var cores = Math.max(1, report.recording.hardwareThreads || 1);
    var xs = [], jvm = [], machine = [];
    load.forEach(function (p) {
      xs.push(p.offsetMillis / 1000);
      jvm.push(p.jvmUserCores + p.jvmSystemCores);
      machine.push(p.machineCores);
    });
    var cpu = cssColor('--cpu');
    var chart = new uPlot({
      width: chartWidth(box), height: 180, cursor: { sync: { key: TIME_SYNC } },
      scales: { x: { time: false, range: [0, Math.max(end, 1e-3)] }, y: { range: function (u, min, max) { return [0, Math.max(cores, max)]; } } },
      axes: [timeAxis(), { label: 'cores', size: 56 }],
      series: [timeSeries(),
        { label: 'JVM CPU', stroke: cpu, fill: cpu + '55', width: 1.5, points: { show: false }, value: function (u, v) { return v === null || v === undefined ? '' : v.toFixed(2); } },
        { label: 'machine CPU', stroke: cssColor('--fg'), dash: [4, 3], width: 1.2, points: { show: false }, value: function (u, v) { return v === null || v === undefined ? '' : v.toFixed(2); } }],
      hooks: { drawClear: [phaseBands] }
    }, [xs, jvm, machine], box);
    box.firstChild.id = 'load-plot';
    charts.push(chart);
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
  renderPhases();
  renderActivity();
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
    resizeTimer = setTimeout(function () {
      charts.forEach(function (c) { c.setSize({ width: chartWidth(c.root.parentNode), height: c.height }); });
      flame.render();
    }, 150);
  });
  document.body.setAttribute('data-render-ms', String(Math.round(performance.now() - started)));
  document.body.setAttribute('data-rendered', 'true');
})();
