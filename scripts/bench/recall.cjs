// Recall@3 of the project's search on tests/search/queries.tsv, over a built site's index.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { ROOT, openEngine } = require("../../tests/search/js/harness.cjs");

(async () => {
  const site = process.argv[2];
  const rows = fs.readFileSync(path.join(ROOT, "tests/search/queries.tsv"), "utf8").split("\n")
    .filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split("\t"));
  const hits = { tr: 0, en: 0 }, total = { tr: 0, en: 0 };
  for (const [lang, query, expected] of rows) {
    const { engine } = openEngine(path.join(site, lang === "tr" ? "" : "en", "search", "kb"));
    const top = (await engine.answer(query, {})).items.slice(0, 3).map((i) => i[0].location);
    total[lang] += 1;
    hits[lang] += top.includes(`practices/${expected}/`);
  }
  console.log(`tr ${hits.tr}/${total.tr}, en ${hits.en}/${total.en}`);
})();
