// jbound's report page. Everything from the recording is untrusted: it is only ever put into
// the page as text (textContent, attribute values), never parsed as HTML.
// uses: uplot/uPlot.iife.min.js dom.js format.js table.js report-flame.js
(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('jbound-data').textContent);
  var report = data.report;
  var VERDICT_LABELS = { CPU_BOUND: 'CPU-BOUND', IO_BOUND: 'I/O-BOUND', MIXED: 'MIXED', LOCK_BOUND: 'LOCK-BOUND', IDLE: 'IDLE', UNKNOWN: 'UNKNOWN' };

  var el = jboundDom.el;
  function byId(id) { return document.getElementById(id); }
  var fmt = jboundFormat;
  var duration = fmt.duration, bytes = fmt.bytes, pct = fmt.pct, count = fmt.count, seconds = fmt.seconds;

  // ---- recording and verdict -------------------------------------------------------------
  function renderHeader() {
    var rec = report.recording;
    var parts = [rec.file, (rec.jvm || 'unknown JVM') + ' ' + (rec.jvmVersion || '')].concat(rec.mainClass ? ['main class ' + rec.mainClass] : []).concat([
      (rec.hardwareThreads || '?') + ' hardware threads', seconds(rec.durationNanos / 1e6),
      rec.chunks + (rec.chunks === 1 ? ' chunk' : ' chunks'), bytes(rec.bytes), 'recorded ' + rec.start]);
    byId('recording').textContent = parts.join(' · ');
    document.title = 'jbound — ' + rec.file;
  }

  function renderVerdict() {
    var v = report.verdict;
    var kind = byId('verdict-kind');
    kind.textContent = VERDICT_LABELS[v.kind] || v.kind;
    kind.style.color = 'var(--verdict-' + v.kind + ')';
    byId('confidence').textContent = 'confidence ' + v.confidence.level + ' (' + fmt.cores(v.confidence.score) + ')';
    byId('headline').textContent = v.headline;
    if (report.topCause) {
      var cause = byId('top-cause');
      cause.hidden = false;
      cause.appendChild(el('strong', 'Top cause: '));
      cause.appendChild(document.createTextNode(report.topCause.text));
    }
    if (report.advice && report.advice.length) {
      var first = byId('first-advice');
      first.hidden = false;
      first.appendChild(el('strong', 'First: '));
      first.appendChild(document.createTextNode(report.advice[0].action + ' — '));
      var buys = predictionsFor(report.advice[0].id);
      if (buys.length) {
        first.appendChild(document.createTextNode('would buy ' + gainRange(buys[0]) + ' if you ' + buys[0].change + ' — '));
      }
      first.appendChild(el('a', 'see the advice', { href: '#advice' }));
    }
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
  var CAUSE_WORDS = { CPU: 'CPU', IO: 'I/O', LOCK: 'lock', GC: 'GC', SAFEPOINT: 'safepoints' };
  function causeText(c) { return c ? c.method + ' (' + CAUSE_WORDS[c.kind] + ' ' + duration(c.nanos) + ')' : ''; }

  function activeShare(v, phase) { return phase.verdict === 'IDLE' ? '' : pct(v); }

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
      { key: 'confidence', label: 'Confidence', fmt: function (c) { return c.level + ' ' + fmt.cores(c.score); } },
      { key: 'busyThreads', label: 'Busy threads', num: true, fmt: fmt.cores },
      // An idle phase's shares are of next to no time: left blank rather than read as "100% CPU".
      { key: 'cpuShare', label: 'CPU', num: true, fmt: activeShare },
      { key: 'ioShare', label: 'I/O', num: true, fmt: activeShare },
      { key: 'lockShare', label: 'Locks', num: true, fmt: activeShare },
      { key: 'topCause', label: 'Top cause', fmt: causeText }
    ], phases, '', phases.length);
  }

  // ---- over time: the application threads' activity and the process's load (uPlot) ----------
  var TIME_SYNC = 'jbound-time';
  // One width for every chart's left axis, so that their time axes line up.
  var AXIS_SIZE = 190;
  function cssColor(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888'; }
  function chartWidth(box) { return Math.max(480, box.clientWidth || 900); }
  function timeAxis() {
    return { label: 'seconds from the start', values: function (u, ticks) { return ticks.map(function (t) { return t + ' s'; }); } };
  }
  function timeSeries() {
    return { label: 'time', value: function (u, v) { return v === null || v === undefined ? '' : seconds(1000 * v); } };
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
    var xs = [], cpu = [], io = [], lock = [], wait = [], stopped = [];
    buckets.forEach(function (b) {
      var len = Math.max(1, b.lengthMillis) * 1e6;
      xs.push(b.offsetMillis / 1000);
      cpu.push(b.cpuNanos / len); io.push(b.ioNanos / len); lock.push(b.lockNanos / len); wait.push(b.waitNanos / len);
      stopped.push((b.stoppedNanos || 0) / len);
    });
    // The last stretch holds its value to the recording's end.
    xs.push(Math.max(end, xs[xs.length - 1]));
    [cpu, io, lock, wait, stopped].forEach(function (s) { s.push(s[s.length - 1]); });
    var stepped = uPlot.paths.stepped({ align: 1 });
    // Waiting for work is off at first, as in the flame graphs: a pool of idle threads would flatten the rest.
    function line(label, color, fill) {
      return { label: label, show: fill, stroke: color, width: 1.5, fill: fill ? color + '33' : undefined, paths: stepped, points: { show: false },
        value: function (u, v) { return fmt.cores(v); } };
    }
    var chart = new uPlot({
      width: chartWidth(box), height: 220, cursor: { sync: { key: TIME_SYNC } },
      scales: { x: { time: false, range: [0, Math.max(end, 1e-3)] }, y: { range: function (u, min, max) { return [0, Math.max(1, max * 1.05)]; } } },
      axes: [timeAxis(), { label: 'threads', size: AXIS_SIZE }],
      series: [timeSeries(), line('on CPU', cssColor('--cpu'), true), line('in I/O', cssColor('--socket'), true),
        line('blocked on locks', cssColor('--lock'), true), line('waiting for work', cssColor('--wait'), false),
        line('stopped by the JVM', cssColor('--stopped'), true)],
      hooks: { drawClear: [phaseBands] }
    }, [xs, cpu, io, lock, wait, stopped], box);
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
      axes: [timeAxis(), { label: 'cores', size: AXIS_SIZE }],
      series: [timeSeries(),
        { label: 'JVM CPU', stroke: cpu, fill: cpu + '55', width: 1.5, points: { show: false }, value: function (u, v) { return fmt.cores(v); } },
        { label: 'machine CPU', stroke: cssColor('--fg'), dash: [4, 3], width: 1.2, points: { show: false }, value: function (u, v) { return fmt.cores(v); } }],
      hooks: { drawClear: [phaseBands] }
    }, [xs, jvm, machine], box);
    box.firstChild.id = 'load-plot';
    charts.push(chart);
  }

  // ---- threads: lanes on the time axis -------------------------------------------------------
  var LANES_FIRST_SHOWN = 24;
  var ROLE_WORDS = { APPLICATION: 'application', JVM: 'JVM', REMOTE_MANAGEMENT: 'remote management', CARRIER: 'carries virtual threads' };
  var LANE_HEIGHT = 22;
  var LANE_PARTS = [['cpuMillis', '--cpu', 'on CPU'], ['stoppedMillis', '--stopped', 'stopped by the JVM'], ['ioMillis', '--socket', 'I/O'],
    ['lockMillis', '--lock', 'locks'], ['waitMillis', '--wait', 'waiting for work']];
  function laneLabel(l) { return l.name + (l.threads > 1 || l.virtual ? ' ×' + count(l.threads) : ''); }
  function shortLabel(text, chars) { return text.length > chars ? text.slice(0, chars - 1) + '…' : text; }

  function lanesToShow() {
    var lanes = report.lanes;
    if (!lanes) return [];
    return lanes.listed.concat(lanes.rest ? [lanes.rest] : []);
  }

  /** Each lane's buckets as columns: the threads' time alive in the lane's grey, its parts stacked from the bottom. */
  function drawLanes(u, lanes, buckets) {
    var ctx = u.ctx;
    var colors = LANE_PARTS.map(function (p) { return cssColor(p[1]); });
    var other = cssColor('--other');
    ctx.save();
    lanes.forEach(function (l, i) {
      var top = u.valToPos(lanes.length - i, 'y', true), bottom = u.valToPos(lanes.length - i - 1, 'y', true);
      var h = Math.max(2, (bottom - top) - 2 * devicePixelRatio);
      var base = top + h;
      buckets.forEach(function (b, j) {
        var alive = l.aliveMillis[j];
        if (!(alive > 0)) return;
        var from = Math.max(b.offsetMillis, l.firstSeenMillis), to = Math.min(b.offsetMillis + b.lengthMillis, Math.max(l.lastSeenMillis, from + 1));
        var x0 = u.valToPos(from / 1000, 'x', true), x1 = u.valToPos(to / 1000, 'x', true);
        var w = Math.max(1, x1 - x0);
        ctx.fillStyle = other;
        ctx.fillRect(x0, top, w, h);
        var y = base;
        LANE_PARTS.forEach(function (p, k) {
          var part = Math.min(1, l[p[0]][j] / alive) * h;
          part = Math.min(part, y - top);
          if (part <= 0) return;
          ctx.fillStyle = colors[k];
          ctx.fillRect(x0, y - part, w, part);
          y -= part;
        });
      });
    });
    ctx.restore();
  }

  function laneAt(u, lanes, buckets) {
    var left = u.cursor.left, topPx = u.cursor.top;
    if (left === undefined || left < 0 || topPx === undefined || topPx < 0) return null;
    var i = lanes.length - 1 - Math.floor(u.posToVal(topPx, 'y'));
    var t = u.posToVal(left, 'x') * 1000;
    var j = -1;
    for (var k = 0; k < buckets.length; k++) if (t >= buckets[k].offsetMillis) j = k;
    return i >= 0 && i < lanes.length && j >= 0 ? { lane: lanes[i], bucket: j } : null;
  }

  function describeLaneBucket(at, buckets) {
    var l = at.lane, b = buckets[at.bucket], alive = l.aliveMillis[at.bucket];
    var head = laneLabel(l) + ', ' + seconds(b.offsetMillis) + '–' + seconds(b.offsetMillis + b.lengthMillis) + ': ';
    if (!(alive > 0)) return head + 'not alive then.';
    var parts = LANE_PARTS.map(function (p) { return p[2] + ' ' + pct(Math.min(1, l[p[0]][at.bucket] / alive)); });
    var threadsAlive = alive / Math.max(1, b.lengthMillis);
    return head + parts.join(', ') + ' of ' + fmt.cores(threadsAlive) + (l.threads > 1 ? ' threads' : ' thread') + ' alive on average.';
  }

  function renderLanes(all) {
    var box = byId('lanes-chart');
    box.textContent = '';
    var lanes = lanesToShow();
    var buckets = (report.timeline && report.timeline.buckets) || [];
    if (lanes.length === 0 || buckets.length === 0) {
      box.appendChild(el('p', 'No threads were seen over time.', { 'class': 'muted' }));
      return;
    }
    var shown = all ? lanes : lanes.slice(0, LANES_FIRST_SHOWN);
    var end = report.recording.durationNanos / 1e9;
    var xs = buckets.map(function (b) { return b.offsetMillis / 1000; });
    xs.push(Math.max(end, xs[xs.length - 1]));
    var ys = xs.map(function () { return null; });
    var status = byId('lanes-status');
    var chart = new uPlot({
      width: chartWidth(box), height: shown.length * LANE_HEIGHT + 50, legend: { show: false },
      cursor: { sync: { key: TIME_SYNC }, y: false, points: { show: false }, drag: { x: false, y: false } },
      scales: { x: { time: false, range: [0, Math.max(end, 1e-3)] }, y: { range: [0, shown.length] } },
      axes: [timeAxis(), {
        label: 'thread or pool', size: AXIS_SIZE, gap: 4, grid: { show: false }, ticks: { show: false },
        splits: function () { return shown.map(function (l, i) { return shown.length - i - 0.5; }); },
        values: function (u, splits) { return splits.map(function (v) { return shortLabel(laneLabel(shown[Math.floor(shown.length - v)]), 26); }); }
      }],
      series: [timeSeries(), { label: 'lanes', show: true, stroke: 'transparent', points: { show: false } }],
      hooks: {
        drawClear: [phaseBands],
        draw: [function (u) { drawLanes(u, shown, buckets); }],
        setCursor: [function (u) {
          var at = laneAt(u, shown, buckets);
          status.textContent = at ? describeLaneBucket(at, buckets) : 'Point at a lane to read what its threads did then.';
        }]
      }
    }, [xs, ys], box);
    box.firstChild.id = 'lanes-plot';
    charts.push(chart);
    // For the browser's console and the page's tests: which lanes are drawn, and where.
    window.jboundLanes = { chart: chart, shown: shown, end: end };
    var note = byId('lanes-note');
    note.textContent = '';
    var L = report.lanes;
    note.appendChild(document.createTextNode(count(L.threads) + ' threads in ' + count(L.lanes) + ' lanes (' + L.groupedBy + ')'
      + (shown.length < lanes.length ? '; the busiest ' + shown.length + ' drawn. ' : '. ')));
    if (shown.length < lanes.length) {
      var more = el('button', 'Show all ' + lanes.length + ' lanes', { type: 'button', 'class': 'show-all', id: 'lanes-all' });
      more.addEventListener('click', function () {
        charts.splice(charts.indexOf(chart), 1);
        chart.destroy();
        renderLanes(true);
      });
      note.appendChild(more);
    }
  }

  /** The JVM's own work, said whether or not it is a cause: the JIT compilers' CPU and the GC's pauses. */
  function renderJvmWork() {
    var w = report.jvmWork;
    if (!w) return;
    var parts = [];
    if (w.compilerShareOfJvmCpu !== null && w.compilerShareOfJvmCpu !== undefined) {
      parts.push('JIT compiler threads: ' + duration(w.compilerCpuNanos) + ' of CPU, ' + pct(w.compilerShareOfJvmCpu) + ' of the JVM\'s'
        + (w.warmUpIsACause ? ' — warm-up is a cause of its own (see the advice)' : ''));
    }
    parts.push(w.gcPauses > 0
      ? 'GC pauses: ' + count(w.gcPauses) + ', ' + duration(w.gcPauseNanos) + ' in all (' + pct(w.gcPauseShareOfTime) + ' of the time), longest '
        + duration(w.longestGcPauseNanos) + (w.gcIsACause ? ' — a cause of its own (see the advice)' : '')
      : 'No GC pauses.');
    var box = byId('jvm-work');
    box.appendChild(el('strong', 'The JVM\'s own work. '));
    box.appendChild(document.createTextNode(parts.join('. ') + '.'));
    if (w.warmUpIsACause || w.gcIsACause) box.classList.add('cause');
  }

  function renderLaneTable() {
    var lanes = lanesToShow();
    fmt.legend(byId('lanes-legend'), [['on CPU', 'var(--cpu)'], ['stopped by the JVM', 'var(--stopped)'], ['I/O', 'var(--socket)'],
      ['locks', 'var(--lock)'], ['waiting for work', 'var(--wait)'], ['alive, unseen', 'var(--other)']]);
    function share(key) { return function (v, r) { var seen = r.cpuNanos + r.ioNanos + r.lockNanos + r.waitNanos + (r.stoppedNanos || 0) + r.unseenNanos; return seen > 0 ? pct(v / seen) : ''; }; }
    jboundTable(byId('threads'), [
      { key: 'name', label: 'Thread or pool', fmt: function (v, r) { return laneLabel(r); } },
      { key: 'role', label: 'Whose', fmt: function (v) { return ROLE_WORDS[v] || v; } },
      { key: 'firstSeenMillis', label: 'Seen from', num: true, fmt: seconds },
      { key: 'lastSeenMillis', label: 'to', num: true, fmt: seconds },
      { key: 'cpuNanos', label: 'CPU', num: true, fmt: share('cpuNanos') },
      { key: 'ioNanos', label: 'I/O', num: true, fmt: share('ioNanos') },
      { key: 'lockNanos', label: 'Locks', num: true, fmt: share('lockNanos') },
      { key: 'waitNanos', label: 'Waiting', num: true, fmt: share('waitNanos') },
      { key: 'stoppedNanos', label: 'Stopped (GC)', num: true, fmt: share('stoppedNanos') },
      { key: 'maxCpuCores', label: 'Cores per thread', num: true, fmt: function (v, r) {
        return r.threads > 1 ? fmt.cores(r.minCpuCores) + '–' + fmt.cores(r.maxCpuCores) : fmt.cores(v); } }
    ], lanes, 'No threads were seen.', data.top);
  }

  // ---- flame graphs (report-flame.js) ------------------------------------------------------
  var flame = jboundReportFlame(data);

  // ---- tables ------------------------------------------------------------------------------
  function table(containerId, columns, rows, emptyText, pick) { jboundTable(byId(containerId), columns, rows, emptyText, data.top, pick); }
  function showInFlame(row) { if (row.method && row.method.charAt(0) !== '(') flame.highlight(row.method, 'cpu'); }

  function renderTables() {
    var hot = [
      { key: 'method', label: 'Method' },
      { key: 'selfPercent', label: 'Self %', num: true, fmt: fmt.percent },
      { key: 'selfSamples', label: 'Self samples', num: true, fmt: count },
      { key: 'totalPercent', label: 'Total %', num: true, fmt: fmt.percent }
    ];
    table('hot-methods', hot, report.hotMethods || [], 'No CPU samples in this recording.', showInFlame);
    table('hot-app-methods', hot.slice(0, 3), report.hotApplicationMethods, 'No CPU samples in this recording.', showInFlame);
    // What the terminal shows beside the hot methods, shown here too where the recording has it.
    [['cpu-time-section', 'cpu-time-methods', report.cpuTimeHotMethods], ['wall-section', 'wall-methods', report.wallHotMethods],
      ['native-section', 'native-methods', report.nativeMethods]].forEach(function (s) {
      if (s[2] && s[2].length) {
        byId(s[0]).hidden = false;
        table(s[1], hot, s[2], '');
      }
    });
    // The user's method, and beneath it the library the call went through (or the client of a remote call).
    var withVia = function (v, r) { return r.via ? v + ' \u2192 ' + r.via : v; };
    var io = function (label) {
      return [
        { key: 'kind', label: 'Kind', fmt: function (v) { return v === 'RemoteCall' ? 'remote call' : v.replace('jdk.', ''); } },
        label === 'method' ? { key: 'method', label: 'Method \u2192 library', fmt: withVia } : { key: label, label: 'Host:port or path' },
        { key: 'count', label: 'Calls', num: true, fmt: count },
        { key: 'totalNanos', label: 'Total', num: true, fmt: duration },
        { key: 'maxNanos', label: 'Longest', num: true, fmt: duration },
        { key: 'bytes', label: 'Bytes', num: true, fmt: bytes }
      ];
    };
    table('io-by-method', io('method'), report.ioByMethod, 'No socket or file I/O events in this recording.');
    table('io-by-target', io('target'), report.ioByTarget, 'No socket or file I/O events in this recording.');
    table('waits', [
      { key: 'category', label: 'Kind', fmt: function (v) { return v.toLowerCase().replace('_', ' '); } },
      { key: 'method', label: 'Method \u2192 library', fmt: withVia },
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
      predictionsFor(a.id).forEach(function (p) {
        var buys = el('p', '', { 'class': 'prediction' });
        buys.appendChild(el('strong', 'Would buy ' + gainRange(p)));
        buys.appendChild(document.createTextNode(' if you ' + p.change + '; it assumes:'));
        li.appendChild(buys);
        var assumptions = el('ul');
        p.assumptions.forEach(function (text) { assumptions.appendChild(el('li', text)); });
        li.appendChild(assumptions);
      });
      list.appendChild(li);
    });
  }

  function predictionsFor(remedy) {
    return (report.predictions || []).filter(function (p) { return p.remedy === remedy; });
  }

  /** A prediction's range as the terminal writes it: "1.6–1.9× the throughput". */
  function gainRange(p) {
    if (p.high < 1.05) return 'no measurable gain';
    var factor = function (g) { return g >= 10 ? g.toFixed(0) : g.toFixed(1); };
    var low = factor(p.low), high = factor(p.high);
    return (low === high ? 'up to ' + high : low + '–' + high) + '× the throughput';
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
  renderLanes(false);
  renderJvmWork();
  renderLaneTable();
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
