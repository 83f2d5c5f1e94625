// jbound's ladder page: a bar chart per kernel of time per element for each rung and size (log
// scale), and the table of measurements. Data is rendered as text only.
// uses: dom.js format.js
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('jbound-data').textContent);
  var RUNGS = ['naive', 'primitive', 'vector', 'native', 'native-critical', 'parallel'];
  var COLORS = { naive: '#adb5bd', primitive: '#f59f00', vector: '#e8590c', native: '#1c7ed6', 'native-critical': '#4dabf7', parallel: '#0ca678' };

  var el = jboundDom.el;
  var svg = jboundDom.svg;
  var fmt = jboundFormat;
  var time = fmt.duration;

  var m = data.machine;
  document.getElementById('machine').textContent = m.cpu + ' · ' + m.cores + ' cores · SIMD ' + m.simdBits + ' bits · memory bandwidth '
    + (m.memoryBandwidthGBs > 0 ? m.memoryBandwidthGBs.toFixed(1) + ' GB/s' : 'not measured') + ' · ' + m.jvm + ' ' + m.jvmFlags.join(' ');
  document.getElementById('native').textContent = data.nativeMessage + (data.downcallNanos
    ? ' · bare downcall ' + data.downcallNanos.plain.toFixed(1) + ' ns, ' + data.downcallNanos.critical.toFixed(1) + ' ns with critical' : '');

  function chart(kernel) {
    var results = kernel.results.filter(function (r) { return r.verified && r.n > 0; });
    var sizes = [];
    results.forEach(function (r) { if (sizes.indexOf(r.n) < 0) sizes.push(r.n); });
    var perElement = function (r) { return r.medianNanos / r.n; };
    var lo = Infinity, hi = 0;
    results.forEach(function (r) { lo = Math.min(lo, perElement(r)); hi = Math.max(hi, perElement(r)); });
    if (!isFinite(lo)) return el('p', 'Nothing measured.', { 'class': 'muted' });
    var logLo = Math.floor(Math.log10(lo)), logHi = Math.ceil(Math.log10(hi));
    if (logHi === logLo) logHi++;
    var W = 900, H = 300, ml = 60, mb = 40, mt = 10;
    var s = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, 'class': 'ladder-chart', role: 'img', 'aria-label': kernel.name + ' rungs by size' });
    var y = function (v) { return H - mb - (H - mb - mt) * (Math.log10(v) - logLo) / (logHi - logLo); };
    for (var p = logLo; p <= logHi; p++) {
      s.appendChild(svg('line', { x1: ml, x2: W, y1: y(Math.pow(10, p)), y2: y(Math.pow(10, p)), stroke: 'currentColor', 'stroke-opacity': '0.15' }));
      var t = svg('text', { x: ml - 6, y: y(Math.pow(10, p)) + 4, 'text-anchor': 'end' });
      t.textContent = time(Math.pow(10, p));
      s.appendChild(t);
    }
    var title = svg('text', { x: W - 4, y: mt + 12, 'text-anchor': 'end' });
    title.textContent = 'time per element (log scale)';
    s.appendChild(title);
    var groupW = (W - ml) / sizes.length, barW = groupW * 0.8 / RUNGS.length;
    sizes.forEach(function (n, g) {
      var label = svg('text', { x: ml + g * groupW + groupW / 2, y: H - mb + 18, 'text-anchor': 'middle' });
      label.textContent = 'n = ' + n.toLocaleString('en-US');
      s.appendChild(label);
      RUNGS.forEach(function (rung, i) {
        var r = results.filter(function (x) { return x.n === n && x.rung === rung; })[0];
        if (!r) return;
        var top = y(perElement(r));
        var bar = svg('rect', { x: ml + g * groupW + groupW * 0.1 + i * barW, y: top, width: barW - 1, height: Math.max(1, H - mb - top), 'class': 'rung-bar', 'data-rung': rung });
        bar.style.fill = COLORS[rung];
        var tip = svg('title');
        tip.textContent = rung + ' at n=' + n + ': ' + time(r.medianNanos) + ' per call, ' + fmt.times(r.speedupOverNaive) + ' naive';
        bar.appendChild(tip);
        s.appendChild(bar);
      });
    });
    return s;
  }

  function table(kernel) {
    var t = el('table');
    var head = el('tr');
    ['n', 'rung', 'median', 'spread', 'elements/s', 'GB/s', 'speedup', 'of bw'].forEach(function (h, i) {
      head.appendChild(el('th', h, { 'class': i === 1 ? '' : 'num' }));
    });
    var thead = el('thead');
    thead.appendChild(head);
    t.appendChild(thead);
    var body = el('tbody');
    kernel.results.forEach(function (r) {
      var tr = el('tr');
      var cells = r.verified
        ? [r.n.toLocaleString('en-US'), r.rung, time(r.medianNanos), time(r.minNanos) + '–' + time(r.maxNanos), r.elementsPerSecond.toExponential(2),
          fmt.cores(r.gbPerSecond), fmt.times(r.speedupOverNaive), r.bandwidthShare == null ? '' : Math.round(100 * r.bandwidthShare) + '%']
        : [r.n.toLocaleString('en-US'), r.rung, 'wrong result: not timed', '', '', '', '', ''];
      cells.forEach(function (c, i) { tr.appendChild(el('td', c, { 'class': i === 1 ? 'name' : 'num' })); });
      body.appendChild(tr);
    });
    t.appendChild(body);
    return t;
  }

  var box = document.getElementById('kernels');
  data.kernels.forEach(function (kernel) {
    var card = el('section', null, { 'class': 'card kernel' });
    card.appendChild(el('h2', kernel.name));
    card.appendChild(el('p', kernel.verdict, { 'class': 'verdict' }));
    var legend = el('div', null, { 'class': 'legend' });
    fmt.legend(legend, RUNGS.map(function (r) { return [r, COLORS[r]]; }));
    card.appendChild(legend);
    card.appendChild(chart(kernel));
    card.appendChild(table(kernel));
    box.appendChild(card);
  });

  if (data.projection && data.projection.hotspot) {
    var p = data.projection;
    document.getElementById('projection-section').hidden = false;
    document.getElementById('projection-summary').textContent = 'From ' + p.recording + ': the hotspot ' + p.hotspot + ' holds '
      + (100 * p.cpuSampleShare).toFixed(1) + '% of the CPU samples, about ' + (100 * p.timeShare).toFixed(1)
      + '% of the program\'s active time. Speed-ups are against the ' + p.baseline + ' rung. Check with: java -XX:StartFlightRecording:method-timing=\''
      + p.methodTimingFilter + '\',filename=timing.jfr …; jfr view method-timing timing.jfr';
    var t = el('table');
    var head = el('tr');
    ['kernel', 'rung', 'hotspot speed-up', 'program speed-up'].forEach(function (h, i) { head.appendChild(el('th', h, { 'class': i < 2 ? '' : 'num' })); });
    t.appendChild(head);
    p.projections.forEach(function (row) {
      var tr = el('tr');
      [row.kernel, row.rung, fmt.cores(row.hotspotSpeedup) + '×', fmt.cores(row.programSpeedup) + '×'].forEach(function (c, i) {
        tr.appendChild(el('td', c, { 'class': i < 2 ? 'name' : 'num' }));
      });
      t.appendChild(tr);
    });
    document.getElementById('projection').appendChild(t);
  }
  document.body.setAttribute('data-rendered', 'true');
})();
