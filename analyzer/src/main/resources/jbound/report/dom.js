// Shared by jbound's pages: build elements with text and attributes only, never from HTML, so
// nothing taken from a recording can become markup or script.
var jboundDom = (function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  // A recorded name may open a bidirectional embedding, override or isolate and never close it;
  // closing them all where the text ends keeps the reversal inside it (the stylesheet isolates
  // each element too), so it cannot run on into the next name.
  var OPENERS = /[\u202a-\u202e\u2066-\u2068]/g;
  function confined(text) {
    var s = String(text), opened = s.match(OPENERS);
    if (!opened) return s;
    return s + '\u202c'.repeat(opened.length) + '\u2069'.repeat(opened.length);
  }
  return {
    confined: confined,
    el: function (tag, text, attrs) {
      var e = document.createElement(tag);
      if (text !== undefined && text !== null) e.textContent = confined(text);
      if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      return e;
    },
    svg: function (tag, attrs) {
      var e = document.createElementNS(SVG, tag);
      if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      return e;
    }
  };
})();
