// The engine's normaliser computes exactly what the Python index side computes: the same
// cases (tests/search/normalise_cases.json) that tests/search/test_normalise.py checks.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { ROOT, RULES, loadScripts, readJSON } = require("./harness.cjs");

const CASES = readJSON(path.join(ROOT, "tests", "search", "normalise_cases.json"));
const K = loadScripts("kb-search-text.js").KBText.createText(RULES);

test("every shared case folds and stems as in Python", () => {
  const diffs = CASES.filter((c) => {
    const got = { fold: K.fold(c.text), terms: K.terms(c.text, c.lang) };
    return JSON.stringify(got) !== JSON.stringify({ fold: c.fold, terms: c.terms });
  }).map((c) => `${c.lang}:${c.text}: ${JSON.stringify(K.terms(c.text, c.lang))}`);
  assert.deepEqual(diffs, []);
});

test("a query uses a compound whole, the text its parts too", () => {
  assert.deepEqual(K.parseQuery("Ar-Ge", "tr").map((t) => t.stems), [["arg"]]);
  const words = K.analyse("Ar-Ge'ye", "tr").map((w) => [w[2], w[4]]);
  assert.deepEqual(words, [["arge'ye", false], ["ar", true], ["ge'ye", true]]);
});

test("the last word is a prefix while it is being typed", () => {
  assert.deepEqual(K.parseQuery("yaşlı bak", "tr").map((t) => t.prefix), [false, true]);
  assert.deepEqual(K.parseQuery("yaşlı bak ", "tr").map((t) => t.prefix), [false, false]);
});

test("one typo: insert, delete, replace or swap neighbours, no more", () => {
  const { oneTypo } = loadScripts("kb-search-text.js", "kb-search-core.js").KBSearch;
  for (const [a, b] of [["dayanisma", "dayansma"], ["gocmne", "gocmen"], ["belediye", "belediyee"],
    ["saglik", "sablik"]]) assert.ok(oneTypo(a, b), `${a} ~ ${b}`);
  for (const [a, b] of [["dayanisma", "dayanma"], ["gocmen", "mecgon"]]) assert.ok(!oneTypo(a, b));
});

test("the catalogue's matcher folds and stems like search", () => {
  const m = K.matcher("SAĞLIĞI", "tr");
  assert.ok(m("Sağlık"));
  assert.ok(!m("Sağ"));
});
