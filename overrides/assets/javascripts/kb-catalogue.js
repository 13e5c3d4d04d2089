/* Catalogue facets: AND across facets, OR within one; counts follow the other facets; the
   state lives in the URL query (?theme=...&sdg=3&q=...) so a view can be shared. No framework. */
(function () {
  "use strict";
  var here = document.currentScript && document.currentScript.src;
  var root = document.querySelector(".kb-catalogue");
  if (!root) { return; }
  var form = root.querySelector(".kb-facets");
  var text = form.querySelector("#kb-q");
  var status = root.querySelector("#kb-result-count");
  var cards = Array.prototype.slice.call(root.querySelectorAll(".kb-result"));
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
  var facets = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-facet]"))
    .map(function (f) { return f.getAttribute("data-facet"); });
  var fold = function (s) { return String(s).toLowerCase(); };
  var haystacks = cards.map(function (c) { return fold(c.textContent); });
  // Search (issue 5): with the search engine's normaliser the box folds AND stems like the
  // site search ('yaşlılara' finds 'Yaşlılar'); should it fail to load, substring matching.
  var K = null;
  var lang = document.documentElement.lang === "en" ? "en" : "tr";
  var analysed = null;
  function queryWords(value) {
    return K ? K.parseQuery(value, lang) : fold(value).split(/\s+/).filter(Boolean);
  }
  var values = cards.map(function (c) {
    var v = {};
    facets.forEach(function (f) {
      var raw = c.getAttribute("data-" + f);
      v[f] = raw ? raw.split(" ") : [];
    });
    return v;
  });

  function selected() {
    var sel = {};
    boxes.forEach(function (b) {
      if (b.checked) { (sel[b.name] = sel[b.name] || []).push(b.value); }
    });
    return sel;
  }

  function matches(i, sel, words, except) {
    for (var f in sel) {
      if (f === except) { continue; }
      var want = sel[f], have = values[i][f] || [];
      if (!want.some(function (w) { return have.indexOf(w) >= 0; })) { return false; }
    }
    if (analysed) {
      return words.every(function (t) {
        return analysed[i].some(function (w) { return K.wordMatches(t, w); });
      });
    }
    return words.every(function (w) { return haystacks[i].indexOf(w) >= 0; });
  }

  function update(pushUrl) {
    var sel = selected();
    var words = queryWords(text.value);
    var shown = 0;
    cards.forEach(function (card, i) {
      var ok = matches(i, sel, words, null);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    boxes.forEach(function (b) {
      var n = 0;
      cards.forEach(function (card, i) {
        if ((values[i][b.name] || []).indexOf(b.value) >= 0 && matches(i, sel, words, b.name)) { n += 1; }
      });
      b.parentNode.querySelector(".kb-count").textContent = "(" + n + ")";
      b.parentNode.classList.toggle("kb-zero", n === 0 && !b.checked);
    });
    var filtered = words.length || Object.keys(sel).length;
    var template = root.getAttribute(filtered ? "data-template-some" : "data-template-all");
    status.textContent = template.replace("{n}", shown).replace("{total}", cards.length);
    if (pushUrl) {
      var params = new URLSearchParams();
      facets.forEach(function (f) { (sel[f] || []).forEach(function (v) { params.append(f, v); }); });
      if (text.value.trim()) { params.set("q", text.value.trim()); }
      var query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    boxes.forEach(function (b) { b.checked = params.getAll(b.name).indexOf(b.value) >= 0; });
    text.value = params.get("q") || "";
  }

  // The normaliser (kb-search-text.js and its tables) is this page's only search download;
  // the text box waits for it, so what a person types is matched as the site search would.
  function loadNormaliser(done) {
    if (!here) { done(null); return; }
    var script = document.createElement("script");
    script.src = new URL("kb-search-text.js", here).href;
    var core = new Promise(function (resolve, reject) {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.appendChild(script);
    var rules = fetch(new URL("kb-search-rules.json", here).href).then(function (r) { return r.json(); });
    Promise.all([core, rules]).then(function (got) {
      done(window.KBText.createText(got[1]));
    }, function () { done(null); });
  }

  form.hidden = false;
  root.classList.add("kb-catalogue--js");
  fromUrl();
  update(false);
  text.disabled = true;
  loadNormaliser(function (normaliser) {
    K = normaliser;
    analysed = K ? cards.map(function (c) { return K.analyse(c.textContent, lang); }) : null;
    text.disabled = false;
    update(false);
  });
  form.addEventListener("change", function () { update(true); });
  text.addEventListener("input", function () { update(true); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("reset", function () {
    setTimeout(function () { update(true); }, 0);
  });
  window.addEventListener("popstate", function () { fromUrl(); update(false); });
})();
