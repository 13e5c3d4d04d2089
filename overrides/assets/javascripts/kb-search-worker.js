/*
 * Ortak Akıl search, the Material for MkDocs adapter (worker side). The engine is
 * kb-search-core.js; this file only speaks Material 9.8's worker protocol (QUERY 2 → RESULT 3)
 * and renders results in the shape Material's list shows ({items: SearchItem[][], suggest}):
 * titles and snippets are the original text, HTML-escaped, with <mark>s. Replacing Material
 * means replacing this file and partials/kb-search.html, not the engine.
 *
 * The page's stub worker (partials/kb-search.html) has already told Material it is READY;
 * it loads this file and the engine only when someone focuses the search box or types, and
 * hands over the messages it queued meanwhile.
 */
/* global KBSearch */
(function (root) {
  "use strict";

  var RESULT = 3, QUERY = 2;
  var RESULTS = 10;       // results shown (Material shows ten at once): each loads its fragment
  var MAX_FOUND_WORDS = 8;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /** Escaped HTML of a snippet ({start, end, marks}) of text; marked words go into found. */
  function markedHtml(text, snip, found) {
    var html = "", at = snip.start;
    snip.marks.forEach(function (m) {
      html += escapeHtml(text.slice(at, m[0])) + "<mark>" + escapeHtml(text.slice(m[0], m[1])) + "</mark>";
      found.add(text.slice(m[0], m[1]));
      at = m[1];
    });
    html += escapeHtml(text.slice(at, snip.end));
    return (snip.start > 0 ? "… " : "") + html + (snip.end < text.length ? " …" : "");
  }

  /** A rendered result list for one search: what Material's RESULT message carries. */
  function render(engine, found, fragments, suggest) {
    var K = KBSearch, text = engine.text, lang = engine.lang, terms = found.terms;
    var items = found.hits.map(function (hit, i) {
      var doc = fragments[i], words = new Set();
      var title = markedHtml(doc.title, K.snippet(doc.title, text, terms, lang, true), words);
      var body = K.snippet(doc.text, text, terms, lang, false);
      var source = doc.text;
      if (!body && doc.meta) {
        body = K.snippet(doc.meta, text, terms, lang, false);
        source = doc.meta;
      }
      if (!body) {
        source = doc.text;
        body = { start: 0, end: Math.min(source.length, K.SNIPPET_LENGTH), marks: [] };
      }
      var html = markedHtml(source, body, words);
      // Material links each result with ?h=<words marked true> and lists the false ones as
      // missing: the page's own words are highlighted there, folding or not.
      var termMap = {};
      Array.from(words).slice(0, MAX_FOUND_WORDS).forEach(function (w) { termMap[w] = true; });
      terms.forEach(function (term, t) { if (!hit.matched[t]) termMap[term.raw] = false; });
      return [{ location: doc.url, title: title, text: html ? "<p>" + html + "</p>" : "",
        score: hit.score, terms: termMap }];
    });
    var result = { items: items };
    if (suggest) result.suggest = suggestion(engine, terms, fragments[0]);
    return result;
  }

  /** The word of the best result that the last, still typed word would complete to. */
  function suggestion(engine, terms, top) {
    var last = terms[terms.length - 1];
    if (!last || !last.prefix || !top) return [];
    var source = top.title + " " + (top.meta || "");
    var words = engine.text.analyse(source, engine.lang);
    for (var i = 0; i < words.length; i++) {
      if (!engine.text.wordMatches(last, words[i])) continue;
      var lowered = engine.text.lower(source.slice(words[i][0], words[i][1]));
      if (lowered.startsWith(last.raw) && lowered !== last.raw) return [lowered];
    }
    return [];
  }

  /**
   * Answers queries over one index: {rules, manifest, load(name) → Promise<JSON>}.
   * `stale()` says a newer query is waiting: then no fragment is fetched for this one.
   */
  function createEngine(rules, manifest, load) {
    var text = KBSearch.createText(rules);
    var index = KBSearch.openIndex(manifest, load, text);
    var engine = { text: text, lang: manifest.lang, index: index };
    engine.answer = function (query, options) {
      options = options || {};
      return index.search(query, RESULTS).then(function (found) {
        if (options.stale && options.stale()) return null;
        return Promise.all(found.hits.map(function (h) { return index.document(h.doc); }))
          .then(function (fragments) { return render(engine, found, fragments, options.suggest); });
      });
    };
    return engine;
  }

  /** The worker's side of Material's protocol, fed by the stub's queue. */
  function serve(config, queued) {
    var getJSON = function (url) {
      return fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return r.json();
      });
    };
    var engine = Promise.all([getJSON(config.assets + "kb-search-rules.json"),
      getJSON(config.index + "index.json")]).then(function (got) {
      return createEngine(got[0], got[1], function (name) { return getJSON(config.index + name); });
    });
    var latest = null, busy = false;

    function pump() {
      if (latest === null) { busy = false; return; }
      busy = true;
      var query = latest, began = Date.now();
      latest = null;
      engine.then(function (e) {
        return e.answer(query, { suggest: true, stale: function () { return latest !== null; } });
      }).catch(function (err) {
        // Never leave the list spinning: an error is an empty result (and a console note).
        console.warn("kb search:", err);
        return { items: [] };
      }).then(function (result) {
        if (result) {
          // Not read by Material: lets tests pair answers with queries and time the worker.
          result.query = query;
          result.took = Date.now() - began;
          root.postMessage({ type: RESULT, data: result });
        }
        pump();
      });
    }

    function receive(message) {
      if (!message || message.type !== QUERY) return;
      // Typing sends a query per keystroke: answer only the newest, so the list shows what
      // is in the box now, not three letters ago.
      latest = String(message.data || "");
      if (!busy) pump();
    }

    queued.forEach(receive);
    return receive;
  }

  var api = { escapeHtml: escapeHtml, createEngine: createEngine, render: render };
  root.KBMaterial = api;
  if (root.KB_SEARCH && typeof importScripts === "function") {
    root.kbReceive = serve(root.KB_SEARCH, root.kbQueue || []);
  }
  if (typeof module === "object" && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : self);
