// Shared by jbound's pages: a table whose columns sort on click, built from text only.
// uses: dom.js
var jboundTable = (function () {
  'use strict';
  var el = jboundDom.el;
  var MAX_ROWS = 300;
  // shown: rows shown before "Show all" (the command line's --top); all of them, up to MAX_ROWS, without it.
  // pick: called with a row when it is clicked (optional).
  return function (box, columns, rows, emptyText, shown, pick) {
    box.textContent = '';
    if (!rows || rows.length === 0) { box.appendChild(el('p', emptyText, { 'class': 'muted' })); return; }
    var limit = shown && shown < rows.length ? shown : MAX_ROWS;
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
      current.slice(0, limit).forEach(function (r) {
        var tr = el('tr', null, pick ? { 'class': 'pickable', title: 'Show in the flame graph' } : null);
        if (pick) tr.addEventListener('click', function () { pick(r); });
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
    var note = el('p', null, { 'class': 'muted table-note' });
    function describe() {
      note.textContent = '';
      if (limit < Math.min(rows.length, MAX_ROWS)) {
        note.appendChild(document.createTextNode('Showing ' + limit + ' of ' + rows.length + ' rows. '));
        var more = el('button', 'Show all', { type: 'button', 'class': 'show-all' });
        more.addEventListener('click', function () { limit = MAX_ROWS; fill(); describe(); });
        note.appendChild(more);
      } else if (rows.length > MAX_ROWS) {
        note.textContent = 'Showing ' + MAX_ROWS + ' of ' + rows.length + ' rows; the JSON has them all.';
      }
    }
    describe();
    box.appendChild(note);
  };
})();
