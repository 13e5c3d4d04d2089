/* Ortak Akıl search: mark a result's words on the page it opens (?h=word word ...), as
   Material's search.highlight does when it has loaded its index. The words are the page's own
   (the worker lists the words it marked in the result), so a plain whole-word match finds
   them. Text nodes are split, never parsed: the page's text cannot become markup. */
(function () {
  "use strict";
  var h = new URLSearchParams(location.search).get("h");
  if (!h) return;
  var words = h.split(/\s+/).filter(Boolean).sort(function (a, b) { return b.length - a.length; });
  if (!words.length) return;
  var escaped = words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
  var pattern = new RegExp("(?<![\\p{L}\\p{N}])(?:" + escaped.join("|") + ")(?![\\p{L}\\p{N}])", "giu");
  document.querySelectorAll("[data-md-component=content] article").forEach(function (root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var nodes = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentElement;
      if (parent && parent.offsetHeight && !parent.closest("script, style, mark")) nodes.push(node);
    }
    nodes.forEach(function (node) {
      var text = node.nodeValue, at = 0, parts = [], m;
      pattern.lastIndex = 0;
      while ((m = pattern.exec(text)) !== null) {
        parts.push(document.createTextNode(text.slice(at, m.index)));
        var mark = document.createElement("mark");
        mark.setAttribute("data-md-highlight", "");
        mark.textContent = m[0];
        parts.push(mark);
        at = m.index + m[0].length;
      }
      if (!parts.length) return;
      parts.push(document.createTextNode(text.slice(at)));
      node.replaceWith.apply(node, parts);
    });
  });
})();
