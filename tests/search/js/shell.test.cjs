// The Material adapter renders results as Material shows them: escaped contributor text,
// our <mark>s only (KB_SEARCH_HOSTILE: an index of one hostile document, from pytest).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { openEngine } = require("./harness.cjs");

const HOSTILE = process.env.KB_SEARCH_HOSTILE;
const skip = HOSTILE ? false : "KB_SEARCH_HOSTILE is not set (run through pytest)";

test("titles, snippets and metadata are escaped; only <mark> is markup", { skip }, async () => {
  const { engine } = openEngine(HOSTILE);
  const result = await engine.answer("izmir", { suggest: true });
  const item = result.items[0][0];
  assert.equal(item.title, "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>İzmir</mark>");
  assert.ok(!item.text.includes("<script") && item.text.includes("&lt;script&gt;"));
  assert.ok(item.text.includes("<mark>İzmir</mark>"));
  assert.equal(item.terms["İzmir"], true);
});

test("an empty query answers with no results and loads nothing", { skip }, async () => {
  const { engine, loads } = openEngine(HOSTILE);
  assert.deepEqual((await engine.answer("   ", {})).items, []);
  assert.deepEqual(loads, []);
});
