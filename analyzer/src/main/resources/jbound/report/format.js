// Shared by jbound's pages: how numbers read — durations, sizes, shares, counts, cores, seconds
// from the start — one way everywhere.
// uses: dom.js
var jboundFormat = (function () {
  'use strict';
  function fixed(v, digits) { return Number(v).toFixed(digits); }
  return {
    /** A duration in nanoseconds, in the largest unit under which it is at least 1, to three figures. */
    duration: function (nanos) {
      var n = Math.abs(nanos);
      if (n >= 1e9) return fixed(nanos / 1e9, 2) + ' s';
      if (n >= 1e6) return fixed(nanos / 1e6, 1) + ' ms';
      if (n >= 1e3) return fixed(nanos / 1e3, 1) + ' µs';
      if (n >= 1 || n === 0) return Math.round(nanos) + ' ns';
      return Number(nanos.toPrecision(2)) + ' ns';
    },
    /** A moment or stretch on the recording's time axis, in seconds from its start. */
    seconds: function (millis) { return fixed(millis / 1000, 1) + ' s'; },
    bytes: function (n) {
      if (n < 1024) return n + ' B';
      if (n < 1048576) return fixed(n / 1024, 1) + ' KB';
      if (n < 1073741824) return fixed(n / 1048576, 1) + ' MB';
      return fixed(n / 1073741824, 2) + ' GB';
    },
    /** A share (0..1) as a percentage. */
    pct: function (share) { return fixed(100 * share, 1) + '%'; },
    /** A figure already in percent. */
    percent: function (value) { return fixed(value, 1) + '%'; },
    count: function (n) { return Number(n).toLocaleString('en-US'); },
    /** Cores, threads on average, speed-ups: two decimals. */
    cores: function (c) { return c === null || c === undefined ? '' : fixed(c, 2); },
    signed: function (c) { return (c >= 0 ? '+' : '') + fixed(c, 2); },
    times: function (x) { return fixed(x, 1) + '×'; },
    plural: function (n, one, many) { return n === 1 ? one : many; },
    /** A legend of coloured swatches: pairs of [label, CSS colour]. */
    legend: function (box, entries) {
      entries.forEach(function (e) {
        var sp = jboundDom.el('span', e[0]);
        sp.style.setProperty('--swatch', e[1]);
        box.appendChild(sp);
      });
    }
  };
})();
