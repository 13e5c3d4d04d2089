/*
 * Ortak Akıl search engine: normalise, match, rank, snippet. No DOM, no Material, no fetch:
 * the caller hands in the normaliser's tables (kb-search-rules.json, generated from
 * scripts/kb/search/rules.py) and a `load(name) → Promise<JSON>` for the index files
 * (scripts/kb/search/index.py), so the same file runs in the search worker, on the catalogue
 * page and under `node --test`. Plain script: sets globalThis.KBSearch.
 */
(function (root) {
  "use strict";

  var MAX_PREFIX_KEYS = 60;     // completions of a word still being typed
  var MIN_PREFIX = 2;           // one typed letter completes to half the vocabulary
  var ALTERNATE_WEIGHT = 0.8;   // another parse of an ambiguous suffix counts less
  var PREFIX_WEIGHT = 0.5;      // a word still being typed counts less than a whole word
  var TYPO_WEIGHT = 0.4;        // a word one typo away counts less still
  var TYPO_MIN_LENGTH = 5;      // shorter words have too many neighbours to guess from
  var TYPO_FIXED = 2;           // the first letters are taken as typed (bounds what is loaded)
  var MAX_FRAGMENTS = 500;      // result fragments kept in memory
  var SNIPPET_BEFORE = 60;
  var SNIPPET_LENGTH = 240;

  function byLengthThenText(a, b) {
    return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
  }

  function escapeRegExp(chars) {
    return chars.replace(/[\\\]\-^]/g, "\\$&");
  }

  /** The normaliser over one set of tables: the same functions as normalise.py. */
  function createText(rules) {
    var tr = rules.tr, en = rules.en;
    var word = "(?:[\\p{L}\\p{N}]|[\\u0300-\\u036f])+";
    var joiner = "[" + escapeRegExp(rules.joiners) + "]";
    var apostrophe = new RegExp("[" + rules.apostrophes + "]");
    var token = new RegExp(word + "(?:" + joiner + word + ")*(?:[" + rules.apostrophes + "]" +
      word + ")*", "gu");
    var joiners = new RegExp(joiner, "g");
    var marked = new RegExp("[" + Object.keys(rules.ascii).join("") + "]", "g");
    var suffixes = tr.suffixes.slice().sort(byLengthThenText);
    var inflectional = suffixes.filter(function (s) { return tr.derivational.indexOf(s) < 0; });
    var soft = tr.softening;

    function lower(text) {
      return text.normalize("NFC").replace(/[Iİ]/g, function (c) { return rules.lower[c]; })
        .toLowerCase();
    }

    function fold(text) {
      var s = lower(text).replace(marked, function (c) { return rules.ascii[c]; });
      return s.normalize("NFKD").replace(/\p{Mn}/gu, "");
    }

    function tokens(text) {
      var out = [], m;
      token.lastIndex = 0;
      while ((m = token.exec(text)) !== null) out.push([m.index, m.index + m[0].length, m[0]]);
      return out;
    }

    function isVowel(c) { return tr.vowels.indexOf(c) >= 0; }

    function strips(w, only) {
      var out = [], list = only || suffixes;
      for (var i = 0; i < list.length; i++) {
        var suffix = list[i];
        if (w.length - suffix.length >= tr.min_stem && w.endsWith(suffix)) {
          var rest = w.slice(0, w.length - suffix.length);
          if (isVowel(suffix[0]) && rest.length >= soft.min_length &&
              rest[rest.length - 1] === soft.from && isVowel(rest[rest.length - 2])) {
            rest = rest.slice(0, -1) + soft.to;
          }
          out.push(rest);
        }
      }
      return out;
    }

    function stemTr(w) {
      w = w.split(apostrophe)[0];
      for (var i = 0; i < tr.max_strips; i++) {
        var shorter = strips(w, inflectional);
        if (!shorter.length) break;
        w = shorter[0];
      }
      return w;
    }

    /** Greedy stem first, then every other stem another parse reaches, longest first. */
    function stemsTr(w) {
      w = w.split(apostrophe)[0];
      var ends = new Set(), frontier = new Set([w]);
      for (var depth = 0; frontier.size && depth <= tr.max_strips; depth++) {
        var following = new Set();
        frontier.forEach(function (form) {
          var parts = depth < tr.max_strips ? strips(form) : [];
          if (parts.length) parts.forEach(function (p) { following.add(p); });
          else ends.add(form);
        });
        frontier = following;
      }
      var primary = stemTr(w);
      ends.delete(primary);
      return [primary].concat(Array.from(ends).sort(byLengthThenText));
    }

    function stemEn(w) {
      w = w.split(apostrophe)[0];
      if (Object.prototype.hasOwnProperty.call(en.irregular, w)) return en.irregular[w];
      if (w.length < en.min_length) return w;
      if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
      if (en.es_endings.some(function (e) { return w.endsWith(e); })) return w.slice(0, -2);
      if (w.endsWith("s") && !en.s_kept.some(function (e) { return w.endsWith(e); })) {
        return w.slice(0, -1);
      }
      return w;
    }

    var stemCache = new Map();

    /** The index terms of a folded word, main one first (memoised: snippets repeat words). */
    function stems(w, lang) {
      var key = lang + ":" + w, found = stemCache.get(key);
      if (found === undefined) {
        found = lang === "tr" ? stemsTr(w) : [stemEn(w)];
        if (stemCache.size > 100000) stemCache.clear();
        stemCache.set(key, found);
      }
      return found;
    }

    /** [start, end, folded, stems, isPart] per word; a compound is followed by its parts. */
    function analyse(text, lang) {
      text = text.normalize("NFC");
      var out = [];
      tokens(text).forEach(function (t) {
        var folded = fold(t[2].replace(joiners, ""));
        if (!folded) return;
        out.push([t[0], t[1], folded, stems(folded, lang), false]);
        joiners.lastIndex = 0;
        if (!joiners.test(t[2])) return;
        var at = t[0];
        t[2].split(joiners).forEach(function (part) {
          var f = fold(part);
          if (f) out.push([at, at + part.length, f, stems(f, lang), true]);
          at += part.length + 1;
        });
      });
      return out;
    }

    function terms(text, lang) {
      return analyse(text, lang).map(function (a) { return a[3]; });
    }

    /** Query terms {raw, folded, base, stems, prefix}; the last is a prefix while typed. */
    function parseQuery(query, lang) {
      var nfc = query.normalize("NFC");
      var words = analyse(nfc, lang).filter(function (w) { return !w[4]; });
      var typing = !/[\s,.;:!?]$/.test(query);
      return words.map(function (w, i) {
        return { raw: nfc.slice(w[0], w[1]), folded: w[2], base: w[2].split(apostrophe)[0],
          stems: w[3], prefix: typing && i === words.length - 1, found: null };
      });
    }

    /** Does an analysed word satisfy a query term (its stems, completion, or typo match)? */
    function wordMatches(term, w) {
      if (term.prefix && w[2].startsWith(term.base)) return true;
      for (var i = 0; i < w[3].length; i++) {
        if (term.stems.indexOf(w[3][i]) >= 0 || (term.found && term.found.has(w[3][i]))) return true;
      }
      return !!(term.found && term.found.has(w[2]));
    }

    /** A predicate for a list filter: every query term matches a word of the text. */
    function matcher(query, lang) {
      var parsed = parseQuery(query || "", lang);
      return function (text) {
        if (!parsed.length) return true;
        var words = analyse(text || "", lang);
        return parsed.every(function (term) {
          return words.some(function (w) { return wordMatches(term, w); });
        });
      };
    }

    return { lower: lower, fold: fold, tokens: tokens, stemTr: stemTr, stemsTr: stemsTr,
      stemEn: stemEn, stems: stems, analyse: analyse, terms: terms, parseQuery: parseQuery,
      wordMatches: wordMatches, matcher: matcher };
  }

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

    /** stem → weight for one term: its own stems, completions, and typo neighbours. */
    function candidates(term) {
      var want = new Map();
      function add(stem, weight) { if (!(want.get(stem) >= weight)) want.set(stem, weight); }
      term.stems.forEach(function (s, i) { add(s, i === 0 ? 1 : ALTERNATE_WEIGHT); });
      var more = Promise.resolve();
      if (term.prefix && term.base.length >= MIN_PREFIX) {
        more = chunksFor(term.base, 4).then(function (cs) {
          var n = 0;
          cs.forEach(function (c) {
            keysOf(c).forEach(function (key) {
              if (n >= MAX_PREFIX_KEYS || !key.startsWith(term.base)) return;
              n++;
              stemsOfKey(c, key).forEach(function (s) { add(s, PREFIX_WEIGHT); });
            });
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

    /** doc → [score, field bits] of one term: its best candidate stem per document. */
    function scoreTerm(found) {
      var best = new Map();
      found.forEach(function (p) {
        var doc = 0, list = p.list;
        for (var i = 0; i < list.length; i += 2) {
          doc += list[i];
          var code = list[i + 1];
          var s = p.weight * p.idf * (code >> 4) / 4, bits = code & 15;
          var had = best.get(doc);
          if (!had) best.set(doc, [s, bits]);
          else { had[1] |= bits; if (s > had[0]) had[0] = s; }
        }
      });
      return best;
    }

    /**
     * The documents that match a query, best first: practices and entities before every
     * other page, then those with more of the query's words, then by score. Resolves to
     * {terms, total, hits: [{doc, score, matched: [bool per term], fields}]}.
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
              e = { doc: doc, score: 0, count: 0, fields: 0, matched: terms.map(function () { return false; }) };
              totals.set(doc, e);
            }
            e.score += scored[0];
            e.fields |= scored[1];
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

  /** The analysed words of a text, each with a `match` flag. */
  function matchWords(text, kbText, terms, lang) {
    return kbText.analyse(text, lang).map(function (w) {
      w.match = terms.some(function (t) { return kbText.wordMatches(t, w); });
      return w;
    });
  }

  /**
   * A passage of text around its first match: {start, end, marks: [[s, e], ...]} with
   * offsets into text, or null when nothing matches. The caller escapes and marks it.
   */
  function snippet(text, kbText, terms, lang, whole) {
    var words = matchWords(text, kbText, terms, lang);
    var first = words.find(function (w) { return w.match; });
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

  var api = { createText: createText, openIndex: openIndex, snippet: snippet, oneTypo: oneTypo,
    SNIPPET_LENGTH: SNIPPET_LENGTH };
  root.KBSearch = api;
  if (typeof module === "object" && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : self);
