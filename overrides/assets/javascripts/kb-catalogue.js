/* Catalogue: facets combine (AND across facets, OR within one); counts, the map and the
   downloads follow the filters; the state lives in the address (?theme=...&sdg=3&text=...
   &sort=newest) so a view can be shared, and the language switch carries it to the other
   language (facet values are the same ids there). No framework.
   The text filter's key is `text`, not `q`: Material opens its search over any page whose
   address has ?q=. Links made before the rename (?q=...) therefore open the site search with
   their words; Material reads q as its bundle runs, before this script, so they are not
   rewritten here. */
(function () {
  "use strict";
  var here = document.currentScript && document.currentScript.src;
  var root = document.querySelector(".kb-catalogue");
  if (!root) { return; }
  function all(selector, from) { return Array.prototype.slice.call((from || root).querySelectorAll(selector)); }
  function template(name) { return root.getAttribute("data-template-" + name); }
  // A count's sentence: its form for one ("1 practice shown") where the page gives one.
  function counted(name, n) {
    var one = n === 1 && root.getAttribute("data-template-" + name + "-one");
    return (one || template(name)).replace("{n}", n);
  }

  var form = root.querySelector(".kb-facets");
  var text = form.querySelector("#kb-q");
  var status = root.querySelector("#kb-result-count");
  var list = root.querySelector(".kb-results");
  var cards = all(".kb-result");
  var boxes = all("input[type=checkbox]", form);
  var groups = all("details[data-facet]", form);
  var filters = form.querySelector(".kb-filters");
  var chips = form.querySelector(".kb-chips");
  var clear = root.querySelector(".kb-clear");
  var sortBox = root.querySelector("#kb-sort");
  var exportLabel = root.querySelector(".kb-export__label");
  var exportLinks = all(".kb-export a[data-format]");
  var exportWhole = root.querySelector(".kb-export__whole");  // the workbook: whole library only
  var exportBox = root.querySelector(".kb-export");  // hidden when no practice is shown
  var map = root.querySelector(".kb-map");
  var shapes = map ? all("[data-province]", map.querySelector("svg")) : [];
  var bounds = map ? (map.querySelector("svg").getAttribute("data-bounds") || "").split(" ")
    .filter(Boolean).map(Number) : [];
  var names = JSON.parse(document.getElementById("kb-catalogue-names").textContent);
  var facets = root.getAttribute("data-facets").split(" ");
  var withBox = {};
  boxes.forEach(function (b) { withBox[b.name + "=" + b.value] = true; });
  var switches = all("a.md-select__link", document).map(function (a) {
    return { a: a, href: a.getAttribute("href") };
  });
  var lang = document.documentElement.lang === "en" ? "en" : "tr";

  // Text matching: with the search engine's normaliser (kb-search-text.js and its tables,
  // loaded below) the box folds AND stems like the site search ('yaşlılara' finds
  // 'Yaşlılar'); should it fail to load, plain lower-case substring matching.
  var fold = function (s) { return String(s).toLowerCase(); };
  var K = null;
  var haystacks = cards.map(function (c) { return fold(c.textContent); });
  var analysed = null;
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
  function queryWords(value) {
    return K ? K.parseQuery(value, lang) : fold(value).split(/\s+/).filter(Boolean);
  }
  function textMatches(i, words) {
    if (analysed) {
      return words.every(function (t) {
        return analysed[i].some(function (w) { return K.wordMatches(t, w); });
      });
    }
    return words.every(function (w) { return haystacks[i].indexOf(w) >= 0; });
  }

  var values = cards.map(function (c) {
    var v = {};
    facets.forEach(function (f) {
      var raw = c.getAttribute("data-" + f);
      v[f] = raw ? raw.split(" ") : [];
    });
    return v;
  });
  cards.forEach(function (c, i) { c.kbOrder = i; });

  // The state: facet → selected values. Checkboxes, chips and the map show it.
  var sel = {};
  function isOn(f, v) { return (sel[f] || []).indexOf(v) >= 0; }
  function toggle(f, v, on) {
    var have = sel[f] || [];
    if (on === undefined) { on = have.indexOf(v) < 0; }
    sel[f] = on ? have.concat(have.indexOf(v) < 0 ? [v] : []) : have.filter(function (x) { return x !== v; });
    if (!sel[f].length) { delete sel[f]; }
  }
  function active() {
    return Object.keys(sel).reduce(function (n, f) { return n + sel[f].length; }, 0);
  }

  function matches(i, words, except) {
    for (var f in sel) {
      if (f === except) { continue; }
      var have = values[i][f] || [];
      if (!sel[f].some(function (w) { return have.indexOf(w) >= 0; })) { return false; }
    }
    return textMatches(i, words);
  }

  function level(n) {
    if (n <= 0) { return 0; }
    return 1 + bounds.filter(function (b) { return n > b; }).length; // as kb.site.province_map.level
  }

  function updateMap(words) {
    if (!map) { return; }
    var byProvince = {}, byMunicipality = {};
    cards.forEach(function (card, i) {
      if (!matches(i, words, "province")) { return; }
      var p = values[i].province || [];
      p.forEach(function (v) { byProvince[v] = (byProvince[v] || 0) + 1; });
      if (!p.length) {
        (values[i].municipality || []).forEach(function (v) { byMunicipality[v] = (byMunicipality[v] || 0) + 1; });
      }
    });
    shapes.forEach(function (s) {
      var v = s.getAttribute("data-province"), n = byProvince[v] || 0;
      s.setAttribute("class", s.getAttribute("class").replace(/kb-map__p--\d+/, "kb-map__p--" + level(n))
        .replace(/ kb-map__p--on/, "") + (isOn("province", v) ? " kb-map__p--on" : ""));
      var title = s.querySelector("title");
      title.textContent = title.textContent.replace(/: .*$/, ": " +
        counted("count", n));
    });
    all(".kb-map__table tbody tr", map).forEach(function (row) {
      var n = byProvince[row.getAttribute("data-province")] || 0;
      row.querySelector("td").textContent = n;
      row.hidden = n === 0;
    });
    var away = all(".kb-map__abroad li", map);
    away.forEach(function (li) {
      var n = byMunicipality[li.getAttribute("data-municipality")] || 0;
      li.querySelector(".kb-count").textContent = "(" + n + ")";
      li.hidden = n === 0;
    });
    var heading = map.querySelector("#kb-abroad-h");
    if (heading) { heading.hidden = away.every(function (li) { return li.hidden; }); }
  }

  function renderChips() {
    chips.textContent = "";
    Object.keys(sel).forEach(function (f) {
      sel[f].forEach(function (v) {
        if (withBox[f + "=" + v]) { return; } // its checkbox shows it
        var name = (names[f] && names[f][v]) || v;
        var li = document.createElement("li");
        var b = document.createElement("button");
        b.type = "button";
        b.className = "kb-chip";
        b.textContent = name + " ✕";
        b.setAttribute("aria-label", template("remove").replace("{name}", name));
        b.addEventListener("click", function () { toggle(f, v, false); update(true); text.focus(); });
        li.appendChild(b);
        chips.appendChild(li);
      });
    });
    chips.hidden = !chips.children.length;
  }

  function query() {
    var params = new URLSearchParams();
    facets.forEach(function (f) { (sel[f] || []).forEach(function (v) { params.append(f, v); }); });
    if (text.value.trim()) { params.set("text", text.value.trim()); }
    if (sortBox.value !== "title") { params.set("sort", sortBox.value); }
    return params.toString();
  }

  function update(pushUrl) {
    var words = queryWords(text.value);
    var shown = 0;
    cards.forEach(function (card, i) {
      var ok = matches(i, words, null);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    boxes.forEach(function (b) {
      b.checked = isOn(b.name, b.value);
      var n = 0;
      cards.forEach(function (card, i) {
        if ((values[i][b.name] || []).indexOf(b.value) >= 0 && matches(i, words, b.name)) { n += 1; }
      });
      b.parentNode.querySelector(".kb-count").textContent = "(" + n + ")";
      b.parentNode.classList.toggle("kb-zero", n === 0 && !b.checked);
    });
    function say(el, n) {
      el.querySelector(".kb-active").textContent = n ? "(" + template("active").replace("{n}", n) + ")" : "";
    }
    groups.forEach(function (g) { say(g, (sel[g.getAttribute("data-facet")] || []).length); });
    say(filters, active());
    renderChips();
    var filtered = words.length || active();
    status.textContent = (filtered ? template("some").replace("{n}", shown) : counted("all", shown))
      .replace("{total}", cards.length);
    clear.hidden = !filtered;
    exportLabel.textContent = filtered ? counted("export-some", shown) : template("export-all");
    if (exportWhole) { exportWhole.hidden = !!filtered; }
    exportBox.hidden = shown === 0;  // "Download these 0 practices" would offer empty files
    updateMap(words);
    var q = query();
    switches.forEach(function (s) { s.a.setAttribute("href", s.href + (q ? "?" + q : "")); });
    if (pushUrl) {
      history.replaceState(null, "", location.pathname + (q ? "?" + q : "") + location.hash);
    }
  }

  function sortCards() {
    var key = sortBox.value;
    var attr = key === "newest" ? "data-start" : key === "verified" ? "data-verified" : null;
    var ordered = cards.slice().sort(function (a, b) {
      if (attr) {
        var x = a.getAttribute(attr), y = b.getAttribute(attr);
        if (x !== y) { return !x ? 1 : !y ? -1 : x < y ? 1 : -1; } // newest first, unknown last
      }
      return a.kbOrder - b.kbOrder; // the page's order: titles in this language's alphabet
    });
    ordered.forEach(function (c) { list.appendChild(c); });
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    sel = {};
    facets.forEach(function (f) { params.getAll(f).forEach(function (v) { toggle(f, v, true); }); });
    text.value = params.get("text") || "";
    var sort = params.get("sort");
    sortBox.value = Array.prototype.some.call(sortBox.options, function (o) { return o.value === sort; })
      ? sort : "title";
    sortCards();
  }

  // Downloads of the filtered view: the rows and records of the shown practices, read from
  // the open-data chunks (kb.site.opendata), in the whole-library files' order and format.
  var chunkUrl = root.getAttribute("data-chunks");
  var chunkSize = Number(root.getAttribute("data-chunk"));
  var fetched = {};
  function chunk(kind, k) {
    var key = kind + "-" + k;
    if (!fetched[key]) {
      fetched[key] = fetch(chunkUrl + key + ".json").then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
      });
    }
    return fetched[key];
  }
  function csvCell(value) {
    return /[;"\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value; // as Python's csv
  }
  function save(content, type, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([content], { type: type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function download(format) {
    var rows = cards.filter(function (c) { return !c.hidden && c.hasAttribute("data-row"); })
      .map(function (c) { return Number(c.getAttribute("data-row")); })
      .sort(function (a, b) { return a - b; });
    var needed = rows.map(function (r) { return Math.floor(r / chunkSize); })
      .filter(function (k, i, a) { return a.indexOf(k) === i; });
    var kind = format === "csv" ? "table" : "records";
    return Promise.all(needed.map(function (k) { return chunk(kind, k); })).then(function (got) {
      var byChunk = {};
      needed.forEach(function (k, i) { byChunk[k] = got[i]; });
      function entry(r) {
        var c = byChunk[Math.floor(r / chunkSize)];
        return (format === "csv" ? c.rows : c.practices)[r % chunkSize];
      }
      var name = "ortak-akil-" + rows.length;
      if (format === "csv") {
        var columns = got.length ? got[0].columns : [];
        var lines = [columns].concat(rows.map(entry)).map(function (cells) {
          return cells.map(csvCell).join(";") + "\r\n";
        });
        save("\ufeff" + lines.join(""), "text/csv;charset=utf-8", name + ".csv");
      } else {
        save(JSON.stringify({ practices: rows.map(entry) }, null, 1) + "\n",
          "application/json", name + ".json");
      }
    });
  }
  exportLinks.forEach(function (a) {
    a.addEventListener("click", function (e) {
      if (!(queryWords(text.value).length || active())) { return; } // the whole-library file
      e.preventDefault();
      download(a.getAttribute("data-format"));
    });
  });

  if (map) {
    map.querySelector("svg").addEventListener("click", function (e) {
      var shape = e.target.closest("a[data-province]");
      if (!shape) { return; }
      e.preventDefault();
      toggle("province", shape.getAttribute("data-province"));
      update(true);
    });
  }

  form.hidden = false;
  all(".kb-toolbar [hidden]").forEach(function (el) { if (el !== clear) { el.hidden = false; } });
  root.classList.add("kb-catalogue--js");
  // On a phone the filter groups and the map start closed, so the first result is on the first
  // screen; their summaries say how many filters are active.
  if (window.matchMedia("(max-width: 50em)").matches) {
    groups.concat([filters], map ? [map] : []).forEach(function (d) { d.open = false; });
  }
  fromUrl();
  update(false);
  // The normaliser is this page's only search download; the text box waits for it, so what a
  // person types is matched as the site search would match it.
  text.disabled = true;
  loadNormaliser(function (normaliser) {
    K = normaliser;
    analysed = K ? cards.map(function (c) { return K.analyse(c.textContent, lang); }) : null;
    text.disabled = false;
    update(false);
  });
  form.addEventListener("change", function (e) {
    if (e.target.type === "checkbox") { toggle(e.target.name, e.target.value, e.target.checked); }
    update(true);
  });
  text.addEventListener("input", function () { update(true); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  sortBox.addEventListener("change", function () { sortCards(); update(true); });
  clear.addEventListener("click", function () {
    sel = {};
    text.value = "";
    update(true);
    text.focus();
  });
  window.addEventListener("popstate", function () { fromUrl(); update(false); });
})();
