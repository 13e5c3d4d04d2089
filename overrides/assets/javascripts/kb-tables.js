/* Ortak Akıl: Material wraps each table in a container that scrolls sideways when the table is
   wider than the screen (the format reference at 320 px), so the page itself never does
   (WCAG 1.4.10). A keyboard user can scroll it only if it can take focus (WCAG 2.1.1), so a
   container that overflows becomes a Tab stop named after the heading above it, as Material
   does for its code blocks. */
(() => {
  "use strict";

  function heading(el) {
    for (let prev = el.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (/^H[1-6]$/.test(prev.tagName)) return prev.id ? prev : null;
    }
    return null;
  }

  function update() {
    for (const wrap of document.querySelectorAll(".md-typeset__scrollwrap")) {
      if (wrap.scrollWidth > wrap.clientWidth) {
        wrap.tabIndex = 0;
        const title = heading(wrap);
        if (title) {
          wrap.setAttribute("role", "region");
          wrap.setAttribute("aria-labelledby", title.id);
        }
      } else {
        wrap.removeAttribute("tabindex");
      }
    }
  }

  // Material wraps the tables when the page has loaded (its DOMContentLoaded handler).
  window.addEventListener("load", update);
  window.addEventListener("resize", update);
})();
