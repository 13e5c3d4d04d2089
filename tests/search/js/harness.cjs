// Loads the browser's search files into Node as the browser would (plain scripts), and opens
// a built index from disk. Shared by the Node tests of tests/search/js/.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const ROOT = path.resolve(__dirname, "..", "..", "..");
const ASSETS = path.join(ROOT, "overrides", "assets", "javascripts");

const run = new Set();

/** Run browser scripts as a page does (they set globalThis.KBSearch, .KBMaterial); once each. */
function loadScripts(...names) {
  for (const name of names) {
    if (run.has(name)) continue;
    vm.runInThisContext(fs.readFileSync(path.join(ASSETS, name), "utf8"), { filename: name });
    run.add(name);
  }
  return globalThis;
}

function readJSON(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

const RULES = readJSON(path.join(ASSETS, "kb-search-rules.json"));

/** {engine, loads} over the index in folder (a language's search/kb/); loads counts files. */
function openEngine(folder) {
  const context = loadScripts("kb-search-text.js", "kb-search-core.js", "kb-search-worker.js");
  const loads = [];
  const load = (name) => {
    loads.push(name);
    return Promise.resolve(readJSON(path.join(folder, name)));
  };
  const manifest = readJSON(path.join(folder, "index.json"));
  return { engine: context.KBMaterial.createEngine(RULES, manifest, load), loads, context };
}

module.exports = { ROOT, ASSETS, RULES, loadScripts, readJSON, openEngine };
