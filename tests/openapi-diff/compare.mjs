// Compares patchbay-cli's verdicts on a re-imported spec with openapi-diff's (#18).
//
//   node compare.mjs PATCHBAY_CLI SPEC_PAIRS_DIR OPENAPI_DIFF
//
// For each spec pair: a project is imported from the "before" spec, `import openapi AFTER --into
// P --update C --json` lists Patchbay's changes, and openapi-diff is run on the same two files.
// Each operation gets a verdict from each side — breaking, or not (no change, or none that
// breaks) — and they must agree. Where they do not, the operation's changes must all be of a
// kind openapi-diff does not look at (REASONS, from its own documentation); any other
// disagreement fails the test. Every verdict is printed.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [cli, pairsDir, openapiDiff] = process.argv.slice(2);

const REASONS = {
  "parameter-added": "openapi-diff does not compare parameters (its docs/OPENAPI3.md, Operation Object: parameters — no)",
  "parameter-removed": "openapi-diff does not compare parameters (its docs/OPENAPI3.md, Operation Object: parameters — no)",
  "enum-narrowed": "openapi-diff compares bodies with json-schema-diff, which does not support enum (its KEYWORDS.md)",
  "enum-widened": "openapi-diff compares bodies with json-schema-diff, which does not support enum (its KEYWORDS.md)",
  "server-changed": "openapi-diff does not compare servers (its docs/OPENAPI3.md: servers — no)",
  "auth-changed": "openapi-diff does not compare security schemes (its docs/OPENAPI3.md: security — no)",
};
const UNREAD = /Unsupported OpenAPI version: 3\.1/;

const pairs = [
  ["v30-before.json", "v30-after.json"],
  ["v20-before.json", "v20-after.yaml"],
  ["v31-before.yaml", "v31-after.yaml"],
];

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return r;
}

let failures = 0;
let agreed = 0;
for (const [before, after] of pairs) {
  const a = join(pairsDir, before);
  const b = join(pairsDir, after);
  console.log(`\n== ${before} → ${after}`);

  // Patchbay's verdicts
  const dir = mkdtempSync(join(tmpdir(), "patchbay-openapi-diff-"));
  const project = join(dir, "shop.patchbay.json");
  let r = run(cli, ["import", "openapi", a, "--out", project]);
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
  const connection = JSON.parse(readFileSync(project, "utf8")).connections[0].id;
  r = run(cli, ["import", "openapi", b, "--into", project, "--update", connection, "--json"]);
  if (r.status !== 0) throw new Error(`import --update failed: ${r.stderr}`);
  rmSync(dir, { recursive: true, force: true });
  const ours = new Map(); // operation → { breaking, kinds }
  for (const c of JSON.parse(r.stdout).changes) {
    const op = c.operation ?? "(the connection)";
    const v = ours.get(op) ?? { breaking: false, kinds: new Set() };
    v.breaking ||= c.breaking;
    v.kinds.add(c.kind);
    ours.set(op, v);
  }

  // openapi-diff's
  r = run(openapiDiff, [a, b]);
  const out = r.stdout + r.stderr;
  if (UNREAD.test(out)) {
    console.log(`  not compared: openapi-diff 0.24.1 reads OpenAPI 3.0 and Swagger 2.0 only (swagger-parser 10 refuses 3.1);` +
                ` Patchbay found ${[...ours.values()].reduce((n, v) => n + v.kinds.size, 0)} kinds of change in ${ours.size} places`);
    if (ours.size === 0) { console.log("  FAIL: Patchbay found nothing in the 3.1 pair"); failures++; }
    continue;
  }
  const start = out.indexOf("{");
  if (start < 0) throw new Error(`openapi-diff printed no result:\n${out}`);
  const report = JSON.parse(out.slice(start));
  const theirs = []; // { path, method|null, breaking, code }
  for (const [group, breaking] of [["breakingDifferences", true], ["nonBreakingDifferences", false], ["unclassifiedDifferences", false]])
    for (const d of report[group] ?? [])
      for (const e of [...(d.sourceSpecEntityDetails ?? []), ...(d.destinationSpecEntityDetails ?? [])]) {
        const m = /^paths\.(\/[^.]*)(?:\.(get|put|post|delete|patch|head|options|trace))?/.exec(e.location);
        if (m) theirs.push({ path: m[1], method: m[2]?.toUpperCase() ?? null, breaking, code: d.code });
      }
  const theirVerdict = (op) => {
    const [method, path] = op.split(" ");
    const hits = theirs.filter((t) => t.path === path && (t.method === null || t.method === method));
    return { breaking: hits.some((t) => t.breaking), codes: [...new Set(hits.map((t) => t.code))] };
  };
  const operations = new Set([...ours.keys()]);
  for (const t of theirs)
    for (const op of ours.keys()) if (op.endsWith(` ${t.path}`)) operations.add(op);
  for (const t of theirs)
    if (![...operations].some((op) => op.endsWith(` ${t.path}`))) operations.add(`${t.method ?? "*"} ${t.path}`);

  for (const op of [...operations].sort()) {
    const mine = ours.get(op) ?? { breaking: false, kinds: new Set() };
    const other = op === "(the connection)" ? { breaking: false, codes: [] } : theirVerdict(op);
    const kinds = [...mine.kinds].join(", ") || "no change";
    const words = (b) => (b ? "breaking" : "not breaking");
    if (mine.breaking === other.breaking) {
      agreed++;
      console.log(`  agree     ${op}: ${words(mine.breaking)} (Patchbay: ${kinds}; openapi-diff: ${other.codes.join(", ") || "nothing"})`);
      continue;
    }
    const reasons = [...mine.kinds].map((k) => REASONS[k]);
    if (mine.kinds.size > 0 && reasons.every(Boolean)) {
      console.log(`  disagree  ${op}: Patchbay ${words(mine.breaking)} (${kinds}), openapi-diff ${words(other.breaking)} — ` +
                  [...new Set(reasons)].join("; "));
    } else {
      failures++;
      console.log(`  FAIL      ${op}: Patchbay ${words(mine.breaking)} (${kinds}), openapi-diff ${words(other.breaking)} ` +
                  `(${other.codes.join(", ") || "nothing"}), and no known reason`);
    }
  }
}
if (agreed < 16) {
  console.log(`\nFAIL: only ${agreed} verdicts agreed; the pairs hold more than that`);
  failures++;
}
console.log(failures ? `\n${failures} unexplained disagreement(s)` : `\n${agreed} verdicts agree; every disagreement has a known reason`);
process.exit(failures ? 1 : 0);
