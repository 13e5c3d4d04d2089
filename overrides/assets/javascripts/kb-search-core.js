/*
 * Ortak Akıl search engine: match, rank, snippet, over the normaliser of kb-search-text.js
 * (load that first). No DOM, no Material, no fetch: the caller hands in the normaliser's
 * tables (kb-search-rules.json) and a `load(name) → Promise<JSON>` for the index files
 * (scripts/kb/search/shards.py), so the same file runs in the search worker and under
 * `node --test`. Plain script: sets globalThis.KBSearch.
 */
(function (root) {
  "use strict";

  // Completions of a word still being typed, by its length: a word is completed from its
  // third letter (two letters start hundreds of words, and every completion is postings to
  // fetch), a few at first, more as it narrows.
  var PREFIX_KEYS = [0, 0, 0, 12, 40];
  var ALTERNATE_WEIGHT = 0.8;   // another parse of an ambiguous suffix counts less
  var PREFIX_WEIGHT = 0.5;      // a word still being typed counts less than a whole word
  var TYPO_WEIGHT = 0.4;        // a word one typo away counts less still
  var TYPO_MIN_LENGTH = 5;      // shorter words have too many neighbours to guess from
  var TYPO_FIXED = 2;           // the first letters are taken as typed (bounds what is loaded)
  var SCORE_LEVELS = 2;         // a posting's score level: 2 ** (level / 2) (index.py)
  var MAX_FRAGMENTS = 500;      // result fragments kept in memory
  var SNIPPET_BEFORE = 60;
  var SNIPPET_LENGTH = 240;

  /** At most one typo (insert, delete, replace, swap of neighbours) between a and b? */
  function oneTypo(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) {
      return a.slice(i + 1) === b.slice(i + 1) ||
        (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /** A typed prefix one typo away from the start of a key (a letter more or less too). */
  function prefixTypo(prefix, key) {
    for (var n = prefix.length - 1; n <= prefix.length + 1; n++) {
      if (n > 0 && n <= key.length && oneTypo(prefix, key.slice(0, n))) return true;
    }
    return false;
  }

  /** The index of one language, loaded chunk by chunk as queries need its terms. */
  function openIndex(manifest, load, text) {
    var chunks = manifest.chunks;  // [[first key, file], ...] in key order
    var loaded = new Map();        // file → Promise<chunk>

    function chunkAt(key) {
      var lo = 0, hi = chunks.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (chunks[mid][0] <= key) lo = mid; else hi = mid - 1;
      }
      return lo;
    }

    function chunk(i) {
      var file = chunks[i][1];
      if (!loaded.has(file)) {
        loaded.set(file, load(file).catch(function (err) { loaded.delete(file); throw err; }));
      }
      return loaded.get(file);
    }

    /** The chunks holding every key that starts with prefix (limit: how many at most). */
    function chunksFor(prefix, limit) {
      var out = [], i = chunkAt(prefix);
      for (; i < chunks.length && out.length < limit; i++) {
        if (out.length && !chunks[i][0].startsWith(prefix)) break;
        out.push(chunk(i));
      }
      return Promise.all(out);
    }

    function keysOf(c) {
      if (!c.keys) c.keys = Array.from(new Set(Object.keys(c.t).concat(Object.keys(c.w)))).sort();
      return c.keys;
    }

    /** The stems a key stands for: a word's stems, and the key itself if it is a stem. */
    function stemsOfKey(c, key) {
      var out = Object.prototype.hasOwnProperty.call(c.w, key) ? c.w[key].slice() : [];
      if (Object.prototype.hasOwnProperty.call(c.t, key)) out.push(key);
      return out;
    }

    /**
     * [chunk, key] for the first keys that start with prefix, a chunk at a time: the next
     * chunk only while the completions are fewer than wanted (each chunk is bytes to fetch).
     */
    function completions(prefix) {
      var out = [], i = chunkAt(prefix);
      var wanted = PREFIX_KEYS[Math.min(prefix.length, PREFIX_KEYS.length - 1)];
      function step() {
        return chunk(i).then(function (c) {
          var keys = keysOf(c);
          for (var k = 0; k < keys.length && out.length < wanted; k++) {
            if (keys[k].startsWith(prefix)) out.push([c, keys[k]]);
          }
          i++;
          if (out.length < wanted && i < chunks.length && chunks[i][0].startsWith(prefix)) {
            return step();
          }
          return out;
        });
      }
      return step();
    }

    /** stem → weight for one term: its own stems, completions, and typo neighbours. */
    function candidates(term) {
      var want = new Map();
      // One letter still being typed is the start of a word, not a word: it loads nothing.
      if (term.prefix && term.base.length < 2) return Promise.resolve(want);
      function add(stem, weight) { if (!(want.get(stem) >= weight)) want.set(stem, weight); }
      term.stems.forEach(function (s, i) { add(s, i === 0 ? 1 : ALTERNATE_WEIGHT); });
      var more = Promise.resolve();
      if (term.prefix && PREFIX_KEYS[Math.min(term.base.length, PREFIX_KEYS.length - 1)]) {
        more = completions(term.base).then(function (found) {
          found.forEach(function (pair) {
            stemsOfKey(pair[0], pair[1]).forEach(function (s) { add(s, PREFIX_WEIGHT); });
          });
        });
      }
      return more.then(function () { return postingsOf(want); }).then(function (found) {
        if (found.size || term.base.length < TYPO_MIN_LENGTH) return found;
        return typos(term).then(function (near) { return postingsOf(near); });
      });
    }

    /** Keys one typo from the term (its first letters as typed), mapped to their stems. */
    function typos(term) {
      var near = new Map();
      return chunksFor(term.base.slice(0, TYPO_FIXED), 6).then(function (cs) {
        cs.forEach(function (c) {
          keysOf(c).forEach(function (key) {
            if (!key.startsWith(term.base.slice(0, TYPO_FIXED))) return;
            var close = term.prefix ? prefixTypo(term.base, key) : oneTypo(term.base, key);
            if (close) stemsOfKey(c, key).forEach(function (s) { near.set(s, TYPO_WEIGHT); });
          });
        });
        return near;
      });
    }

    /** stem → {weight, idf, postings} for the stems that are in the index. */
    function postingsOf(want) {
      var stems = Array.from(want.keys());
      return Promise.all(stems.map(function (s) { return chunk(chunkAt(s)); })).then(function (cs) {
        var out = new Map();
        cs.forEach(function (c, i) {
          var entry = c.t[stems[i]];
          if (entry) out.set(stems[i], { weight: want.get(stems[i]), idf: entry[0], list: entry[1] });
        });
        return out;
      });
    }

    /** doc → score of one term: its best candidate stem per document. */
    function scoreTerm(found) {
      var best = new Map();
      found.forEach(function (p) {
        var doc = 0, list = p.list;
        for (var i = 0; i < list.length; i += 2) {
          doc += list[i];
          var s = p.weight * p.idf * Math.pow(2, list[i + 1] / SCORE_LEVELS);
          if (!(best.get(doc) >= s)) best.set(doc, s);
        }
      });
      return best;
    }

    /**
     * The documents that match a query, best first: practices and entities before every
     * other page, then those with more of the query's words, then by score. Resolves to
     * {terms, total, hits: [{doc, score, matched: [bool per term]}]}.
     */
    function search(query, limit) {
      var terms = text.parseQuery(query, manifest.lang);
      if (!terms.length) return Promise.resolve({ terms: terms, total: 0, hits: [] });
      return Promise.all(terms.map(candidates)).then(function (founds) {
        var totals = new Map();
        founds.forEach(function (found, t) {
          terms[t].found = new Set(found.keys());
          scoreTerm(found).forEach(function (scored, doc) {
            var e = totals.get(doc);
            if (!e) {
              e = { doc: doc, score: 0, count: 0, matched: terms.map(function () { return false; }) };
              totals.set(doc, e);
            }
            e.score += scored;
            e.matched[t] = true;
            e.count += 1;
          });
        });
        var hits = Array.from(totals.values());
        hits.sort(function (a, b) {
          return (a.doc >= manifest.ranked) - (b.doc >= manifest.ranked) || b.count - a.count ||
            b.score - a.score || a.doc - b.doc;
        });
        return { terms: terms, total: hits.length, hits: hits.slice(0, limit || 20) };
      });
    }

    var fragments = new Map();  // doc → Promise: the next keystroke shows most of the same

    /** The stored fragment of one document: {url, title, meta, text}. */
    function document(doc) {
      if (!fragments.has(doc)) {
        if (fragments.size >= MAX_FRAGMENTS) fragments.delete(fragments.keys().next().value);
        fragments.set(doc, load(manifest.fragments + doc + ".json").catch(function (err) {
          fragments.delete(doc);
          throw err;
        }));
      }
      return fragments.get(doc);
    }

    return { search: search, document: document, manifest: manifest };
  }

  /**
   * A passage of text around its first match: {start, end, marks: [[s, e], ...]} with
   * offsets into text, or null when nothing matches (whole: all of text, marked). The
   * caller escapes and marks it. Words are analysed only up to the end of the passage.
   */
  function snippet(text, kbText, terms, lang, whole) {
    var tokens = kbText.tokens(text), words = [], first = null, stop = Infinity;
    for (var i = 0; i < tokens.length && tokens[i][0] <= stop; i++) {
      kbText.wordsAt(tokens[i], lang).forEach(function (w) {
        w.match = terms.some(function (t) { return kbText.wordMatches(t, w); });
        words.push(w);
        if (w.match && !first) {
          first = w;
          if (!whole) stop = Math.max(0, w[0] - SNIPPET_BEFORE) + SNIPPET_LENGTH;
        }
      });
    }
    if (!first && !whole) return null;
    var start = 0, end = text.length;
    if (!whole) {
      start = Math.max(0, first[0] - SNIPPET_BEFORE);
      var startWord = words.find(function (w) { return w[0] >= start; });
      start = start === 0 || !startWord ? 0 : startWord[0];
      end = Math.min(text.length, start + SNIPPET_LENGTH);
      var endWord = words.filter(function (w) { return w[1] <= end; }).pop();
      if (end < text.length && endWord) end = endWord[1];
    }
    var marks = [], at = start;
    words.forEach(function (w) {
      if (!w.match || w[0] < at || w[1] > end) return;  // a compound's part after its whole
      marks.push([w[0], w[1]]);
      at = w[1];
    });
    return { start: start, end: end, marks: marks };
  }

  var api = { createText: root.KBText.createText, openIndex: openIndex, snippet: snippet, oneTypo: oneTypo,
    SNIPPET_LENGTH: SNIPPET_LENGTH };
  root.KBSearch = api;
  if (typeof module === "object" && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : self);
