// jbound's fleet page: one row per recording, the outliers, and what all of them share. Everything
// from the recordings is untrusted and only ever put into the page as text.
// uses: dom.js format.js table.js
(function () {
  'use strict';
  var started = performance.now();
  var fleet = JSON.parse(document.getElementById('jbound-data').textContent).fleet;
  var el = jboundDom.el;
  function byId(id) { return document.getElementById(id); }
  var fmt = jboundFormat;
  var pct = fmt.pct, duration = fmt.duration;
  // An unreadable recording has no shares: its cells stay empty rather than claim 0%.
  function share(v, r) { return r.error ? '' : pct(v); }
  var COLORS = { CPU_BOUND: 'var(--cpu)', IO_BOUND: 'var(--socket)', MIXED: 'var(--file)', LOCK_BOUND: 'var(--lock)', IDLE: 'var(--wait)', UNKNOWN: 'hsl(0,0%,70%)' };

  var readable = fleet.recordings.filter(function (r) { return r.verdict; }).length;
  byId('summary').textContent = fleet.recordings.length + ' recordings, ' + readable + ' readable';
  var bar = byId('verdict-bar');
  fmt.legend(bar, Object.keys(fleet.verdicts).map(function (v) { return [v + ': ' + fleet.verdicts[v], COLORS[v] || 'gray']; }));
  var outliers = byId('outliers');
  if (fleet.outliers.length === 0) outliers.appendChild(el('li', readable < 3 ? 'Too few readable recordings to tell what is usual.' : 'None: the recordings agree.'));
  fleet.outliers.forEach(function (o) {
    var li = el('li');
    li.appendChild(el('strong', o.file));
    li.appendChild(document.createTextNode(': ' + o.reason));
    outliers.appendChild(li);
  });
  var outlierFiles = {};
  fleet.outliers.forEach(function (o) { outlierFiles[o.file] = true; });

  jboundTable(byId('recordings'), [
    { key: 'file', label: 'Recording' },
    { key: 'verdict', label: 'Verdict', fmt: function (v, r) { return v ? v + (outlierFiles[r.file] ? ' (outlier)' : '') : 'unreadable'; } },
    { key: 'confidence', label: 'Confidence' },
    { key: 'cpuShare', label: 'CPU', num: true, fmt: share },
    { key: 'ioShare', label: 'I/O', num: true, fmt: share },
    { key: 'lockShare', label: 'Locks', num: true, fmt: share },
    { key: 'topMethod', label: 'Top method, or why unreadable', fmt: function (v, r) { return r.error || v || 'no samples'; } }
  ], fleet.recordings, 'No recordings.');

  jboundTable(byId('hot-methods'), [
    { key: 'method', label: 'Method' },
    { key: 'selfPercent', label: 'Self %', num: true, fmt: fmt.percent },
    { key: 'selfSamples', label: 'Self samples', num: true },
    { key: 'totalPercent', label: 'Total %', num: true, fmt: fmt.percent }
  ], fleet.hotMethods, 'No CPU samples in any recording.');

  jboundTable(byId('io'), [
    { key: 'kind', label: 'Kind', fmt: function (v) { return String(v).replace('jdk.', ''); } },
    { key: 'method', label: 'Method' },
    { key: 'target', label: 'Host:port or path' },
    { key: 'count', label: 'Calls', num: true },
    { key: 'totalNanos', label: 'Total', num: true, fmt: duration },
    { key: 'maxNanos', label: 'Longest', num: true, fmt: duration }
  ], fleet.ioHotspots, 'No I/O events in any recording.');

  jboundTable(byId('locks'), [
    { key: 'method', label: 'Method', fmt: function (v, r) { return r.via ? v + ' \u2192 ' + r.via : v; } },
    { key: 'subject', label: 'Lock class', fmt: function (v) { return v || 'not recorded'; } },
    { key: 'count', label: 'Waits', num: true },
    { key: 'totalNanos', label: 'Total', num: true, fmt: duration },
    { key: 'maxNanos', label: 'Longest', num: true, fmt: duration }
  ], fleet.lockSites, 'No lock waits in any recording.');

  jboundTable(byId('services'), [
    { key: 'service', label: 'Service (main class)' },
    { key: 'recordings', label: 'Recordings', num: true },
    { key: 'verdicts', label: 'Verdicts', fmt: function (v) { return Object.keys(v).map(function (k) { return k + ' ' + v[k]; }).join(', '); } },
    { key: 'cpuShare', label: 'CPU', num: true, fmt: pct },
    { key: 'ioShare', label: 'I/O', num: true, fmt: pct },
    { key: 'lockShare', label: 'Locks', num: true, fmt: pct }
  ], fleet.services, 'No readable recordings.');

  document.body.setAttribute('data-render-ms', String(Math.round(performance.now() - started)));
  document.body.setAttribute('data-rendered', 'true');
})();
