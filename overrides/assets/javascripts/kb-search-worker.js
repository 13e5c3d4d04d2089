/*
 * Ortak Akıl search worker: a drop-in replacement for Material's lunr worker.
 *
 * It speaks Material 9.8's worker protocol (SETUP 0 → READY 1, QUERY 2 → RESULT 3) and
 * answers in the shape Material's result list renders ({items: SearchItem[][], suggest}),
 * so the header search box, keyboard navigation and `search.highlight` keep working.
 * The index is built in Python (scripts/kb/search/index.py) with the same normaliser as
 * kb-fold.js; titles and snippets show the original text, HTML-escaped, with <mark>s.
 */
/* global importScripts, KBText */
"use strict";

importScripts("kb-fold.js");

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var MAX_RESULTS = 100;
var FULL_SNIPPETS = 20;      // results past this show their opening words, unmarked
var MAX_PREFIX_KEYS = 60;
var MIN_PREFIX = 2;          // one typed letter completes to half the vocabulary: wait for two
var SCAN_LIMIT = 6000;       // characters of a document scanned for its snippet
var SNIPPET_BEFORE = 60;
var SNIPPET_LENGTH = 240;
var PREFIX_WEIGHT = 0.5;     // a word still being typed counts less than a whole word
var ALTERNATE_WEIGHT = 0.8;  // another parse of an ambiguous suffix counts less
var APOSTROPHE = /['’]/;

var state = null;

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, function (c) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
  });
}

function setup(data) {
  var kb = data.config.kb;
  var vocab = Object.keys(kb.postings).concat(Object.keys(kb.words));
  vocab = Array.from(new Set(vocab)).sort();
  state = {
    lang: kb.lang,
    nfields: kb.fields.length,
    boosts: kb.boosts,
    postings: kb.postings,
    idf: kb.idf,
    words: kb.words,
    vocab: vocab,
    docs: data.docs,
    metaBit: 1 << kb.fields.indexOf("meta"),
    textBit: 1 << kb.fields.indexOf("text"),
    suggest: !!(data.options && data.options.suggest)
  };
}

var foldCache = new Map();

/** KBText.fold, memoised: result snippets fold the same words query after query. */
function foldWord(word) {
  var folded = foldCache.get(word);
  if (folded === undefined) {
    folded = KBText.fold(word);
    if (foldCache.size > 200000) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/** Stems of a folded word of the indexed text: the index already knows them. */
function stemsOfIndexed(folded) {
  return Object.prototype.hasOwnProperty.call(state.words, folded) ? state.words[folded] : [folded];
}

/** Keys of the vocabulary (folded words and stems) that start with a prefix. */
function prefixKeys(prefix) {
  var lo = 0, hi = state.vocab.length;
  while (lo < hi) {
    var mid = (lo + hi) >> 1;
    if (state.vocab[mid] < prefix) lo = mid + 1; else hi = mid;
  }
  var out = [];
  for (var i = lo; i < state.vocab.length && out.length < MAX_PREFIX_KEYS; i++) {
    if (!state.vocab[i].startsWith(prefix)) break;
    out.push(state.vocab[i]);
  }
  return out;
}

/** stem → weight for one query term: its own stems, and completions if still typed. */
function candidates(term) {
  var out = new Map();
  function add(stem, weight) {
    if (Object.prototype.hasOwnProperty.call(state.postings, stem) && !(out.get(stem) >= weight)) {
      out.set(stem, weight);
    }
  }
  term.stems.forEach(function (stem, i) { add(stem, i === 0 ? 1 : ALTERNATE_WEIGHT); });
  if (term.prefix) {
    var prefix = term.folded.split(APOSTROPHE)[0];
    if (prefix.length >= MIN_PREFIX) {
      prefixKeys(prefix).forEach(function (key) {
        var stems = Object.prototype.hasOwnProperty.call(state.words, key) ? state.words[key] : [key];
        stems.forEach(function (stem) { add(stem, PREFIX_WEIGHT); });
      });
    }
  }
  return out;
}

/**
 * doc number → [score, fields] of one query term: the best of its candidate stems per
 * document, and a bit per field it matched in (so snippets only scan where a match is).
 */
function scoreTerm(term) {
  var best = new Map();
  candidates(term).forEach(function (weight, stem) {
    var perDoc = new Map();
    var idf = state.idf[stem] || 1;
    var list = state.postings[stem];
    for (var i = 0; i < list.length; i++) {
      var p = list[i];
      var code = p >> 8, count = p & 255;
      var doc = Math.floor(code / state.nfields), field = code % state.nfields;
      var s = weight * state.boosts[field] * (1 + Math.log(count)) * idf;
      var entry = perDoc.get(doc);
      if (entry) { entry[0] += s; entry[1] |= 1 << field; } else perDoc.set(doc, [s, 1 << field]);
    }
    perDoc.forEach(function (entry, doc) {
      var had = best.get(doc);
      if (!had) best.set(doc, entry);
      else { had[1] |= entry[1]; if (entry[0] > had[0]) had[0] = entry[0]; }
    });
  });
  return best;
}

/** Escaped HTML of text[start:end] with the words matching the query marked. */
function markRange(text, words, start, end, terms, found) {
  var html = "";
  var at = start;
  words.forEach(function (w) {
    if (w[0] < start || w[1] > end || !w.match) return;
    html += escapeHtml(text.slice(at, w[0])) + "<mark>" + escapeHtml(text.slice(w[0], w[1])) + "</mark>";
    at = w[1];
    found.add(text.slice(w[0], w[1]));
  });
  return html + escapeHtml(text.slice(at, end));
}

/** Words of an indexed text with a `match` flag; stops after the first match if asked. */
function matchWords(text, terms, limitAfterFirst) {
  var out = [];
  var firstEnd = -1;
  var tokens = KBText.tokens(text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text);
  for (var i = 0; i < tokens.length; i++) {
    var t = tokens[i];
    if (firstEnd >= 0 && t[0] > firstEnd + limitAfterFirst) break;
    var folded = foldWord(t[2]);
    var word = [t[0], t[1], folded, stemsOfIndexed(folded)];
    word.match = terms.some(function (term) { return KBText.wordMatches(term, word); });
    if (word.match && firstEnd < 0) firstEnd = t[1];
    out.push(word);
  }
  out.first = out.find(function (w) { return w.match; });
  return out;
}

/** A short passage of text around its first match, escaped, with matches marked. */
function snippet(text, terms, found) {
  if (!text) return "";
  var words = matchWords(text, terms, SNIPPET_LENGTH);
  if (!words.first) return null;
  var start = Math.max(0, words.first[0] - SNIPPET_BEFORE);
  var startWord = words.find(function (w) { return w[0] >= start; });
  start = start === 0 || !startWord ? 0 : startWord[0];
  var end = Math.min(text.length, start + SNIPPET_LENGTH);
  var endWord = words.filter(function (w) { return w[1] <= end; }).pop();
  if (end < text.length && endWord) end = endWord[1];
  return (start > 0 ? "… " : "") + markRange(text, words, start, end, terms, found) +
    (end < text.length ? " …" : "");
}

function opening(text) {
  return text.length > SNIPPET_LENGTH ? escapeHtml(text.slice(0, SNIPPET_LENGTH)) + " …" : escapeHtml(text);
}

function render(doc, score, terms, matchedTerms, fields, full) {
  var found = new Set();
  var titleWords = matchWords(doc.title, terms, Infinity);
  var title = markRange(doc.title, titleWords, 0, doc.title.length, terms, found);
  var text = null;
  if (full && fields & state.textBit) text = snippet(doc.text, terms, found);
  if (full && text === null && doc.meta && fields & state.metaBit) text = snippet(doc.meta, terms, found);
  if (text === null) text = opening(doc.text);
  // Material links each result with ?h=<terms marked true> (search.highlight) and lists the
  // false ones as missing: the page's own words highlight on the page, folding or not.
  var termMap = {};
  Array.from(found).slice(0, 8).forEach(function (w) { termMap[w] = true; });
  terms.forEach(function (term, i) { if (!matchedTerms[i]) termMap[term.raw] = false; });
  return [{
    location: doc.location, title: title, text: text.length ? "<p>" + text + "</p>" : "",
    score: score, terms: termMap
  }];
}

function suggestion(terms, top) {
  var last = terms[terms.length - 1];
  if (!last || !last.prefix || !top) return [];
  var typed = last.raw;
  var words = matchWords(top.title + " " + (top.meta || ""), [last], Infinity);
  for (var i = 0; i < words.length; i++) {
    if (!words[i].match) continue;
    var source = top.title + " " + (top.meta || "");
    var lowered = KBText.lower(source.slice(words[i][0], words[i][1]));
    if (lowered.startsWith(typed) && lowered !== typed) return [lowered];
  }
  return [];
}

function search(query) {
  var terms = KBText.parseQuery(query, state.lang);
  if (!terms.length) return { items: [] };
  var totals = new Map();  // doc → {score, matched[], count, fields}
  terms.forEach(function (term, i) {
    scoreTerm(term).forEach(function (scored, doc) {
      var entry = totals.get(doc);
      if (!entry) {
        entry = { score: 0, matched: terms.map(function () { return false; }), count: 0, fields: 0 };
        totals.set(doc, entry);
      }
      entry.score += scored[0];
      entry.fields |= scored[1];
      entry.matched[i] = true;
      entry.count += 1;
    });
  });
  var ranked = Array.from(totals.entries()).map(function (e) {
    var doc = state.docs[e[0]];
    return { doc: doc, entry: e[1], score: e[1].score * (doc.boost || 1) };
  });
  // Documents with every term first (AND), then by score; ties keep index order.
  ranked.sort(function (a, b) { return b.entry.count - a.entry.count || b.score - a.score; });
  ranked = ranked.slice(0, MAX_RESULTS);
  var items = ranked.map(function (r, i) {
    return render(r.doc, r.score, terms, r.entry.matched, r.entry.fields, i < FULL_SNIPPETS);
  });
  var result = { items: items };
  if (state.suggest) result.suggest = suggestion(terms, ranked.length ? ranked[0].doc : null);
  return result;
}

addEventListener("message", function (ev) {
  var message = ev.data;
  if (message.type === SETUP) {
    setup(message.data);
    postMessage({ type: READY });
  } else if (message.type === QUERY) {
    // Typing sends a query per keystroke; while one is being answered the next ones queue.
    // Answer only the newest: the list shows what is in the box now, not three letters ago.
    var first = latest === null;
    latest = String(message.data || "");
    if (first) setTimeout(answer, 0);
  }
});

var latest = null;

function answer() {
  var query = latest;
  latest = null;
  var result;
  var began = Date.now();
  try {
    result = search(query);
  } catch (err) {
    // Never leave the list spinning: an error is an empty result (and a console note).
    console.warn("kb search:", err);
    result = { items: [] };
  }
  // Not read by Material: lets tests pair answers with queries and see the worker's share.
  result.query = query;
  result.took = Date.now() - began;
  postMessage({ type: RESULT, data: result });
}
