// Shared by jbound's pages: a table whose columns sort on click, built from text only.
var jboundTable = (function () {
  'use strict';
  var el = jboundDom.el;
  var MAX_ROWS = 300;
  return function (box, columns, rows, emptyText) {
    box.textContent = '';
    if (!rows || rows.length === 0) { box.appendChild(el('p', emptyText, { 'class': 'muted' })); return; }
    var t = el('table', null, { 'class': 'sortable' });
    var head = el('tr');
    columns.forEach(function (c, i) {
      var th = el('th', c.label, { 'class': c.num ? 'num' : '', scope: 'col' });
      th.addEventListener('click', function () { sort(i, th); });
      head.appendChild(th);
    });
    var thead = el('thead');
    thead.appendChild(head);
    t.appendChild(thead);
    var body = el('tbody');
    t.appendChild(body);
    var current = rows.slice();
    function fill() {
      body.textContent = '';
      current.slice(0, MAX_ROWS).forEach(function (r) {
        var tr = el('tr');
        columns.forEach(function (c) {
          var v = r[c.key];
          var td = el('td', c.fmt ? c.fmt(v, r) : (v === null || v === undefined ? '' : v), { 'class': c.num ? 'num' : 'name' });
          if (!c.num && v) td.setAttribute('title', String(v));
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
    }
    function sort(i, th) {
      var c = columns[i];
      var descending = th.getAttribute('aria-sort') !== 'descending';
      Array.prototype.forEach.call(head.children, function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      current.sort(function (a, b) {
        var x = a[c.key], y = b[c.key];
        var cmp = c.num ? (x - y) : String(x).localeCompare(String(y));
        return descending ? -cmp : cmp;
      });
      fill();
    }
    fill();
    box.appendChild(t);
    if (rows.length > MAX_ROWS) box.appendChild(el('p', 'Showing ' + MAX_ROWS + ' of ' + rows.length + ' rows; the JSON has them all.', { 'class': 'muted' }));
  };
})();
