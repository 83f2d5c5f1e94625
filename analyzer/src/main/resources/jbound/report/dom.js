// Shared by jbound's pages: build elements with text and attributes only, never from HTML, so
// nothing taken from a recording can become markup or script.
var jboundDom = (function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  return {
    el: function (tag, text, attrs) {
      var e = document.createElement(tag);
      if (text !== undefined && text !== null) e.textContent = String(text);
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
