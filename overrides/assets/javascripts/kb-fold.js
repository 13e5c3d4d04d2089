/*
 * Ortak Akıl: the one text normalisation of the site's search and catalogue box.
 *
 * The same rules as scripts/kb/search/normalise.py (index side); the shared cases in
 * tests/search/normalise_cases.json are checked against both. Change one, change the other.
 * Plain ES2019 script: works in a page (window.KBText, window.kbFold), in a Web Worker
 * (importScripts) and in Node (module.exports).
 */
(function (root) {
  "use strict";

  var ASCII = { "ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i", "û": "u" };
  var WORD = "(?:[\\p{L}\\p{N}]|[\\u0300-\\u036f])+";
  var TOKEN = new RegExp(WORD + "(?:['’]" + WORD + ")*", "gu");
  var APOSTROPHE = /['’]/;
  var MIN_STEM = 3;
  var MAX_STRIPS = 5;
  var VOWELS = "aeiou";
  var TR_SUFFIXES = [
    "lar", "ler",
    "lari", "leri", "larin", "lerin", "si", "su", "im", "um", "imiz", "umuz", "iniz", "unuz",
    "a", "e", "ya", "ye", "na", "ne",
    "da", "de", "ta", "te", "nda", "nde",
    "dan", "den", "tan", "ten", "ndan", "nden",
    "in", "un", "nin", "nun",
    "i", "u", "yi", "yu", "ni", "nu",
    "la", "le", "yla", "yle"
  ].sort(byLengthThenText);
  var EN_IRREGULAR = { women: "woman", men: "man", children: "child", people: "person" };

  function byLengthThenText(a, b) {
    return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
  }

  /** Turkish lowercase: I → ı and İ → i (never i + U+0307), then everything else. */
  function lower(text) {
    return text.normalize("NFC").replace(/I/g, "ı").replace(/İ/g, "i").toLowerCase();
  }

  /** Fold to lowercase without marks so that 'IŞIK', 'ışık' and 'isik' are equal. */
  function fold(text) {
    var s = lower(text).replace(/[çğıöşüâîû]/g, function (c) { return ASCII[c]; });
    return s.normalize("NFKD").replace(/\p{Mn}/gu, "");
  }

  /** [start, end, word] for each word of NFC text (offsets in that text's code units). */
  function tokens(text) {
    var out = [];
    var m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) out.push([m.index, m.index + m[0].length, m[0]]);
    return out;
  }

  function strips(word) {
    var out = [];
    for (var i = 0; i < TR_SUFFIXES.length; i++) {
      var suffix = TR_SUFFIXES[i];
      if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
        var rest = word.slice(0, word.length - suffix.length);
        // Consonant softening (ışık → ışığı); one-syllable words keep their ğ.
        if (VOWELS.indexOf(suffix[0]) >= 0 && rest.length >= 4 && rest[rest.length - 1] === "g" &&
            VOWELS.indexOf(rest[rest.length - 2]) >= 0) {
          rest = rest.slice(0, -1) + "k";
        }
        out.push(rest);
      }
    }
    return out;
  }

  /** Greedy Turkish stem of a folded word: 'yaslilara' → 'yasl'. */
  function stemTr(word) {
    word = word.split(APOSTROPHE)[0];
    for (var i = 0; i < MAX_STRIPS; i++) {
      var shorter = strips(word);
      if (!shorter.length) break;
      word = shorter[0];
    }
    return word;
  }

  /** Greedy stem first, then every other stem another parse reaches, longest first. */
  function stemsTr(word) {
    word = word.split(APOSTROPHE)[0];
    var ends = new Set();
    var frontier = new Set([word]);
    for (var depth = 0; frontier.size && depth <= MAX_STRIPS; depth++) {
      var following = new Set();
      frontier.forEach(function (form) {
        var parts = depth < MAX_STRIPS ? strips(form) : [];
        if (parts.length) parts.forEach(function (p) { following.add(p); });
        else ends.add(form);
      });
      frontier = following;
    }
    var primary = stemTr(word);
    ends.delete(primary);
    return [primary].concat(Array.from(ends).sort(byLengthThenText));
  }

  /** English singular of a folded word: 'municipalities' → 'municipality'. */
  function stemEn(word) {
    word = word.split(APOSTROPHE)[0];
    if (Object.prototype.hasOwnProperty.call(EN_IRREGULAR, word)) return EN_IRREGULAR[word];
    if (word.length <= 3) return word;
    if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y";
    if (/(sses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
    if (word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
    return word;
  }

  /** The index terms of one folded word, the main one first. */
  function stems(word, lang) {
    return lang === "tr" ? stemsTr(word) : [stemEn(word)];
  }

  /** [start, end, folded, stems] for each word of text (NFC-normalised first). */
  function analyse(text, lang) {
    text = text.normalize("NFC");
    var out = [];
    tokens(text).forEach(function (t) {
      var folded = fold(t[2]);
      if (folded) out.push([t[0], t[1], folded, stems(folded, lang)]);
    });
    return out;
  }

  /** The stems of each word of a text (what the Python index side computes). */
  function terms(text, lang) {
    return analyse(text, lang).map(function (a) { return a[3]; });
  }

  /**
   * A query as terms: the last one is a prefix while the person is still typing it.
   * Each term: {raw, folded, stems, prefix}.
   */
  function parseQuery(query, lang) {
    var words = analyse(query, lang);
    var typing = !/[\s,.;:!?]$/.test(query);
    return words.map(function (w, i) {
      return {
        raw: query.normalize("NFC").slice(w[0], w[1]),
        folded: w[2],
        stems: w[3],
        prefix: typing && i === words.length - 1
      };
    });
  }

  /** Does one analysed word [start, end, folded, stems] satisfy a query term? */
  function wordMatches(term, word) {
    if (term.prefix && word[2].startsWith(term.folded.split(APOSTROPHE)[0])) return true;
    for (var i = 0; i < term.stems.length; i++) {
      if (word[3].indexOf(term.stems[i]) >= 0) return true;
    }
    return false;
  }

  /**
   * A predicate for the catalogue's text box: true when every query term matches a word
   * of the text (same folding and stemming as the site search).
   */
  function matcher(query, lang) {
    var parsed = parseQuery(query || "", lang || "tr");
    return function (text) {
      if (!parsed.length) return true;
      var words = analyse(text || "", lang || "tr");
      return parsed.every(function (term) {
        return words.some(function (word) { return wordMatches(term, word); });
      });
    };
  }

  var api = {
    lower: lower, fold: fold, tokens: tokens, stemTr: stemTr, stemsTr: stemsTr, stemEn: stemEn,
    stems: stems, analyse: analyse, terms: terms, parseQuery: parseQuery,
    wordMatches: wordMatches, matcher: matcher
  };
  root.KBText = api;
  root.kbFold = fold;
  if (typeof module === "object" && module.exports) module.exports = api;
})(typeof globalThis !== "undefined" ? globalThis : self);
