// jbound's diff page: two recordings side by side and a differential flame graph. Everything from
// the recordings is untrusted and only ever put into the page as text.
// uses: dom.js format.js table.js flame.js
(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('jbound-data').textContent);
  var diff = data.diff;
  var el = jboundDom.el;
  function byId(id) { return document.getElementById(id); }
  var fmt = jboundFormat;
  var pct = fmt.pct, cores = fmt.cores, signed = fmt.signed;

  byId('files').textContent = 'before: ' + jboundDom.confined(diff.before.file) + ' · after: ' + jboundDom.confined(diff.after.file);
  byId('verdict-change').textContent = diff.before.verdict + ' (' + diff.before.confidence + ') → ' + diff.after.verdict + ' (' + diff.after.confidence + ')';

  jboundTable(byId('summary'), [
    { key: 'what', label: '' },
    { key: 'before', label: 'Before', num: true },
    { key: 'after', label: 'After', num: true }
  ], [
    { what: 'CPU share of active time', before: pct(diff.before.cpuShare), after: pct(diff.after.cpuShare) },
    { what: 'I/O share of active time', before: pct(diff.before.ioShare), after: pct(diff.after.ioShare) },
    { what: 'Lock share of active time', before: pct(diff.before.lockShare), after: pct(diff.after.lockShare) },
    { what: 'Busy application threads', before: cores(diff.before.busyThreads), after: cores(diff.after.busyThreads) },
    { what: 'JVM CPU, cores', before: cores(diff.before.jvmCores), after: cores(diff.after.jvmCores) },
    { what: 'Duration', before: fmt.seconds(diff.before.durationNanos / 1e6), after: fmt.seconds(diff.after.durationNanos / 1e6) },
    { what: 'Execution samples', before: diff.before.executionSamples, after: diff.after.executionSamples }
  ], '');

  var factor = function (g) { return g >= 10 ? g.toFixed(0) : g.toFixed(1); };
  var OUTCOMES = { WITHIN: 'within the range', BELOW: 'below the range', ABOVE: 'above the range', AT_LEAST: 'at least this',
    NOT_MEASURED: 'not measurable' };
  function outcome(p) {
    var said = OUTCOMES[p.outcome] || p.outcome;
    if (p.outcome === 'AT_LEAST' && p.measuredGain >= p.low) { said += ', which reaches the range'; }
    return p.why ? said + ': ' + p.why : said;
  }
  if ((diff.predictions || []).length) {
    byId('predictions-section').hidden = false;
    jboundTable(byId('predictions'), [
      { key: 'change', label: 'Change' },
      { key: 'predicted', label: 'Predicted', num: true },
      { key: 'measured', label: 'Measured', num: true },
      { key: 'outcome', label: '' },
      { key: 'measureDescription', label: 'Measured by' }
    ], diff.predictions.map(function (p) {
      return { change: p.change, predicted: factor(p.low) + '–' + factor(p.high) + '×',
        measured: p.measuredGain === null ? '—' : (p.outcome === 'AT_LEAST' ? '≥ ' : '') + factor(p.measuredGain) + '×', outcome: outcome(p),
        measureDescription: p.measureDescription };
    }), '');
  }

  var methodColumns = [
    { key: 'method', label: 'Method' },
    { key: 'change', label: 'Change, cores', num: true, fmt: signed },
    { key: 'coresBefore', label: 'Before', num: true, fmt: cores },
    { key: 'coresAfter', label: 'After', num: true, fmt: cores },
    { key: 'percentBefore', label: '% before', num: true, fmt: fmt.percent },
    { key: 'percentAfter', label: '% after', num: true, fmt: fmt.percent }
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
  var f = data.flame;
  var root = jboundFlame.tree(f.parent, function (i) {
    return { name: f.name[i] < 0 ? 'all' : names[f.name[i]], before: f.before[i], after: f.after[i] };
  });
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
  fmt.legend(byId('flame-legend'), [['used more CPU after', 'hsl(4,85%,55%)'], ['used less', 'hsl(214,85%,55%)'], ['about the same', 'hsl(0,0%,80%)']]);
  var graph = jboundFlame({
    box: byId('flame'), tooltip: byId('tooltip'), status: byId('flame-status'),
    search: byId('flame-search'), reset: byId('flame-reset'), icicle: byId('flame-icicle'),
    root: root, weight: width, color: color, label: 'differential flame graph',
    attrs: function (n) {
      var change = n.after - n.before;
      return { 'data-change': Math.abs(change) < 0.05 * width(n) ? 'same' : change > 0 ? 'grew' : 'shrank',
        'aria-label': n.name + ': ' + cores(n.before) + ' → ' + cores(n.after) + ' cores' };
    },
    describe: function (n) { return [n.name, cores(n.before) + ' → ' + cores(n.after) + ' cores (' + signed(n.after - n.before) + ')']; },
    statusLine: function (zoom, total, matched) {
      return 'Showing ' + cores(zoom.before) + ' → ' + cores(zoom.after) + ' cores' + (zoom === root ? '' : ' under ' + zoom.name) + '.'
        + (matched === null ? '' : ' Search: ' + matched + ' frames match.');
    },
    empty: function () { return 'Neither recording has CPU samples.'; }
  });
  graph.render();
  var resizeTimer = null;
  window.addEventListener('resize', function () { clearTimeout(resizeTimer); resizeTimer = setTimeout(graph.render, 150); });
  document.body.setAttribute('data-render-ms', String(Math.round(performance.now() - started)));
  document.body.setAttribute('data-rendered', 'true');
})();
