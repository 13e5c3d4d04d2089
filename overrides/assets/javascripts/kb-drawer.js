/* Ortak Akıl: below 76.25em Material's navigation is a drawer off the left edge of the screen,
   and its sections (and the page's table of contents) are panels that slide in over it. Their
   links stay in the Tab order while shut, and the drawer's menu button is a label the keyboard
   cannot reach: a keyboard user tabs through links nobody can see (WCAG 2.4.7). So the drawer,
   and the panel around the focused link, open while focus is in them and shut when it leaves. */
(() => {
  "use strict";
  const drawer = document.getElementById("__drawer");
  const sidebar = document.querySelector(".md-sidebar--primary");
  if (!drawer || !sidebar) return;
  const narrow = window.matchMedia("(max-width: 76.234375em)");
  // click(), as Material's own toggles do: it fires the change event Material listens to.
  const set = (toggle, open) => { if (toggle.checked !== open) toggle.click(); };
  sidebar.addEventListener("focusin", (event) => {
    if (!narrow.matches) return;
    set(drawer, true);
    for (const toggle of sidebar.querySelectorAll("input.md-nav__toggle")) {
      const panel = toggle.parentElement.querySelector(":scope > nav.md-nav");
      if (panel) set(toggle, panel.contains(event.target));
    }
  });
  sidebar.addEventListener("focusout", (event) => {
    if (narrow.matches && !sidebar.contains(event.relatedTarget)) set(drawer, false);
  });
  // Focus on a link of a panel still sliding in scrolls the drawer sideways, which it never is
  // by design (its overflow is hidden), and the panel would stay half off the screen.
  const wrap = sidebar.querySelector(".md-sidebar__scrollwrap");
  if (wrap) wrap.addEventListener("scroll", () => { if (wrap.scrollLeft) wrap.scrollLeft = 0; });
})();
