/*
 * Ortak Akıl search: the one text normaliser of the site search and the catalogue box
 * (fold, tokens, Turkish and English stems, query terms, word matching). The same rules as
 * scripts/kb/search/normalise.py over the same tables, which it is handed as data
 * (kb-search-rules.json, generated from scripts/kb/search/rules.py); the shared cases in
 * tests/search/normalise_cases.json are checked on both sides. Plain script: sets
 * globalThis.KBText; works in a page, a worker and Node.
 */
(function (root) {
  "use strict";

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
        w = w.slice(0, -1);  // "womens", "childrens": a possessive typed without its apostrophe
        return Object.prototype.hasOwnProperty.call(en.irregular, w) ? en.irregular[w] : w;
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

    var tokenCache = new Map();

    /** The words of one token at offset 0: the whole, then a compound's parts (memoised). */
    function tokenWords(token, lang) {
      var key = lang + ":" + token, found = tokenCache.get(key);
      if (found !== undefined) return found;
      found = [];
      var folded = fold(token.replace(joiners, ""));
      if (folded) {
        found.push([0, token.length, folded, stems(folded, lang), false]);
        joiners.lastIndex = 0;
        if (joiners.test(token)) {
          var at = 0;
          token.split(joiners).forEach(function (part) {
            var f = fold(part);
            if (f) found.push([at, at + part.length, f, stems(f, lang), true]);
            at += part.length + 1;
          });
        }
      }
      if (tokenCache.size > 100000) tokenCache.clear();
      tokenCache.set(key, found);
      return found;
    }

    /** The words of token t ([start, end, text]) at its offset in the text. */
    function wordsAt(t, lang) {
      return tokenWords(t[2], lang).map(function (w) {
        return [t[0] + w[0], t[0] + w[1], w[2], w[3], w[4]];
      });
    }

    /** [start, end, folded, stems, isPart] per word; a compound is followed by its parts. */
    function analyse(text, lang) {
      var out = [];
      tokens(text.normalize("NFC")).forEach(function (t) { out.push.apply(out, wordsAt(t, lang)); });
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
      stemEn: stemEn, stems: stems, wordsAt: wordsAt, analyse: analyse, terms: terms,
      parseQuery: parseQuery,
      wordMatches: wordMatches, matcher: matcher };
  }

  root.KBText = { createText: createText };
})(typeof globalThis !== "undefined" ? globalThis : self);
