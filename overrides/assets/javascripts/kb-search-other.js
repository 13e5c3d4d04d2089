/* Ortak Akıl: under the search results, a link that repeats the query on the other language's
   site. Each language searches only its own pages (a Turkish word typed on the English site
   finds little); Material opens its search with the words of a ?q= parameter. The query is
   set as text and as an encoded URL parameter, never as HTML. */
(() => {
  "use strict";

  function setup() {
    const meta = document.querySelector('meta[name="kb-search-other"]');
    const input = document.querySelector("input.md-search__input");
    const results = document.querySelector(".md-search-result__meta");
    if (!meta || !input || !results) return;
    const line = document.createElement("p");
    line.className = "kb-search-other";
    line.hidden = true;
    const link = document.createElement("a");
    line.append(link);
    results.after(line);
    const update = () => {
      const query = input.value.trim();
      line.hidden = !query;
      if (!query) return;
      link.href = meta.content + "?q=" + encodeURIComponent(query);
      link.textContent = meta.dataset.label.replace("{q}", query);
    };
    input.addEventListener("input", update);
    input.addEventListener("keyup", update);
    update();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
