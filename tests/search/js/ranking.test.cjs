// Ranking over the built index of the real library (KB_SEARCH_SITE, set by
// tests/search/test_search_node.py): the project's search test set and the words people use.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { ROOT, openEngine } = require("./harness.cjs");

const SITE = process.env.KB_SEARCH_SITE;
const skip = SITE ? false : "KB_SEARCH_SITE is not set (run through pytest)";
const engines = {};
function engine(lang) {
  if (!engines[lang]) engines[lang] = openEngine(path.join(SITE, lang === "tr" ? "" : "en", "search", "kb"));
  return engines[lang];
}
async function urls(lang, query) {
  const result = await engine(lang).engine.answer(query, {});
  return result.items.map((item) => item[0].location);
}
const QUERIES = fs.readFileSync(path.join(ROOT, "tests", "search", "queries.tsv"), "utf8")
  .split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split("\t"));

for (const lang of ["tr", "en"]) {
  test(`${lang}: every query of queries.tsv finds its practice in the top three`, { skip }, async () => {
    const misses = [];
    for (const [qlang, query, expected, what] of QUERIES) {
      if (qlang !== lang) continue;
      const top = (await urls(lang, query)).slice(0, 3);
      if (!top.includes(`practices/${expected}/`)) misses.push(`${query} (${what}): ${top}`);
    }
    assert.deepEqual(misses, []);
  });
}

// [lang, query, practice that must come first]
const FIRST = [
  // entity pages, the catalogue and the home page list these titles: the practice comes first
  ["tr", "Bizİzmir Dayanışma Noktaları", "bizizmir-dayanisma-noktalari"],
  ["tr", "vida modeli", "vida-modeli"],
  ["tr", "halkkent", "mersin-modeli"],
  // aliases of vocabulary terms: the words people use, not the label
  ["en", "elderly", "bizizmir-dayanisma-noktalari"],
  ["en", "elderly care", "bizizmir-dayanisma-noktalari"],
  ["en", "dentist", "bizizmir-dayanisma-noktalari"],
  ["en", "immigrant", "vida-modeli"],
  ["en", "refugees", "vida-modeli"],
  ["tr", "mülteci", "vida-modeli"],
  ["tr", "ihtiyar", "bizizmir-dayanisma-noktalari"],
  ["tr", "diş hekimi", "bizizmir-dayanisma-noktalari"],
  // one typo in a longer word
  ["tr", "dayanşma noktaları", "bizizmir-dayanisma-noktalari"],
  ["tr", "gocmne", "vida-modeli"],
  ["tr", "sürdürülebilrlik", "buca-surdurulebilirlik-ve-inovasyon-merkezi"],
  ["en", "solidarty", "bizizmir-dayanisma-noktalari"],
  ["en", "sustainabilty", "buca-surdurulebilirlik-ve-inovasyon-merkezi"],
  // Turkish derivational endings
  ["tr", "Bucalı", "buca-surdurulebilirlik-ve-inovasyon-merkezi"],
  ["tr", "İzmirli yaşlılar", "bizizmir-dayanisma-noktalari"],
  ["tr", "İzmir'deki yaşlılar", "bizizmir-dayanisma-noktalari"],
  ["tr", "izmirdeki yaşlılar", "bizizmir-dayanisma-noktalari"],
  ["tr", "Mersinli kadınlar", "mersin-modeli"],
  // hyphen and ampersand variants
  ["tr", "arge", "buca-surdurulebilirlik-ve-inovasyon-merkezi"],
  ["tr", "Ar-Ge", "buca-surdurulebilirlik-ve-inovasyon-merkezi"],
  ["en", "R&D", "buca-surdurulebilirlik-ve-inovasyon-merkezi"],
  ["en", "rd", "buca-surdurulebilirlik-ve-inovasyon-merkezi"],
];
for (const [lang, query, expected] of FIRST) {
  test(`${lang}: ${query} → ${expected} first`, { skip }, async () => {
    assert.equal((await urls(lang, query))[0], `practices/${expected}/`);
  });
}

test("a typo is not guessed in short words, nor where the exact word exists", { skip }, async () => {
  assert.deepEqual(await urls("tr", "vidq"), []);
  const exact = await engine("tr").engine.index.search("mersin ", 20);
  const found = Array.from(exact.terms[0].found);
  assert.ok(found.length && found.every((key) => key.startsWith("mers")), String(found));
});

// Practices and entities (municipalities, organisations, programmes) before every other page.
const ENTITY = /^(practices|municipalities|organisations|programmes)\/[^/]+\/$/;
for (const [lang, query] of [["tr", "evde bakım"], ["tr", "göçmen"], ["tr", "gönüllü"],
  ["tr", "izmir"], ["en", "home care"], ["en", "migrants"], ["en", "volunteers"], ["en", "izmir"]]) {
  test(`${lang}: ${query}: practices and entities rank above other pages`, { skip }, async () => {
    const found = await urls(lang, query);
    const firstOther = found.findIndex((u) => !ENTITY.test(u));
    assert.ok(found.length && ENTITY.test(found[0]), String(found));
    if (firstOther >= 0) {
      assert.deepEqual(found.slice(firstOther).filter((u) => ENTITY.test(u)), [], String(found));
    }
  });
}

test("a query loads the manifest's chunks it needs, not the whole index", { skip }, async () => {
  const { engine: e, loads } = openEngine(path.join(SITE, "search", "kb"));
  await e.answer("yaşlılara", {});
  const chunks = loads.filter((n) => n.startsWith("t/"));
  assert.ok(chunks.length >= 1 && chunks.length < e.index.manifest.chunks.length, String(chunks));
  assert.ok(loads.filter((n) => !n.startsWith("t/")).length <= 20);
});
