// WebAssembly engine benchmark under node: instantiate time, cold start (policy load and
// compile), p50/p95 scan latency against reply length, and throughput on the Presidio sentences.
//
//   ./build.sh                      builds target/wasm-pkg/nodejs/ (bench/wasm-build.sh: same plus a named copy)
//   node bench/wasm-bench.mjs       prints the figures; --json FILE also writes them as JSON
//   node bench/wasm-bench.mjs --quick   fewer iterations (a smoke run)
//
// Times each call on its own with process.hrtime (node's monotonic nanosecond clock) so that
// percentiles are real per-reply latencies, including the JS <-> wasm string copy and the
// conversion of findings to JS objects that the extension also pays.
import { createRequire } from "node:module";
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const PKG = join(ROOT, "target/wasm-pkg/nodejs/replyguard.js");
const LENGTHS = [280, 2_000, 10_000, 100_000, 1_000_000];
const args = process.argv.slice(2);
const QUICK = args.includes("--quick");
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : null;

const now = () => process.hrtime.bigint();
const ms = (a, b) => Number(b - a) / 1e6;

/** The synth.jsonl of ../shared, found from the repository upwards (worktrees sit deeper). */
function synthPath() {
  if (process.env.REPLYGUARD_SYNTH) return process.env.REPLYGUARD_SYNTH;
  for (let d = ROOT; ; d = dirname(d)) {
    const p = join(d, "shared/data/presidio-research/synth.jsonl");
    if (existsSync(p)) return p;
    if (dirname(d) === d) break;
  }
  throw new Error(
    "synth.jsonl not found: expected ../shared/data/presidio-research/synth.jsonl beside the " +
      "repository; set REPLYGUARD_SYNTH=/path/to/synth.jsonl",
  );
}

/** A reply of exactly `chars` code points built from bench/replies.txt, as benches/engine.rs does. */
function replyOf(chars, lines) {
  let out = "";
  let n = 0;
  for (let i = 0; ; i = (i + 1) % lines.length) {
    const line = lines[i];
    const sep = out === "" ? 0 : 1;
    const len = [...line].length;
    if (n + sep + len > chars) {
      if (sep === 1 && n < chars) {
        out += " ";
        n += 1;
      }
      out += [...line].slice(0, chars - n).join("");
      break;
    }
    if (sep) out += " ";
    out += line;
    n += sep + len;
  }
  if ([...out].length !== chars) throw new Error(`replyOf built the wrong length for ${chars}`);
  return out;
}

function percentile(sorted, p) {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

/** Runs `fn` `iters` times after `warm` warm-up calls; returns per-call ms stats. */
function timeCalls(fn, iters, warm) {
  for (let i = 0; i < warm; i++) fn();
  const t = new Array(iters);
  for (let i = 0; i < iters; i++) {
    const a = now();
    fn();
    t[i] = ms(a, now());
  }
  t.sort((x, y) => x - y);
  const mean = t.reduce((s, x) => s + x, 0) / t.length;
  return { iters, p50: percentile(t, 50), p95: percentile(t, 95), min: t[0], max: t.at(-1), mean };
}

if (!existsSync(PKG)) {
  console.error(`${PKG} is missing: run ./build.sh (or bench/wasm-build.sh) first`);
  process.exit(1);
}

// --- instantiate and cold start -----------------------------------------------------------
const wasmBytes = readFileSync(join(dirname(PKG), "replyguard_bg.wasm"));
let a = now();
await WebAssembly.compile(wasmBytes);
const compileMs = ms(a, now());

a = now();
const require = createRequire(import.meta.url);
const rg = require(PKG); // reads, compiles and instantiates the module synchronously
const instantiateMs = ms(a, now());

a = now();
const engine = new rg.Engine(null);
const firstEngineMs = ms(a, now());
const coldStart = timeCalls(() => new rg.Engine(null).free(), QUICK ? 5 : 30, 2);

// --- scaling ------------------------------------------------------------------------------
const lines = readFileSync(join(ROOT, "bench/replies.txt"), "utf8").split("\n").filter(Boolean);
/** Times `fn` for about `budgetMs` (at least 5 calls, at most 2000). The first call fills the
 * regex caches, so the per-call cost is probed on the two calls after it. */
function timeBudget(fn, budgetMs) {
  const f0 = now();
  fn();
  // Seconds per call (a million characters today): two more calls are all a run can afford.
  if (ms(f0, now()) > 1000 && !QUICK) return timeCalls(fn, 2, 0);
  const a0 = now();
  fn();
  fn();
  const probe = ms(a0, now()) / 2;
  const iters = QUICK ? 5 : Math.max(5, Math.min(2000, Math.round(budgetMs / Math.max(probe, 1e-3))));
  return timeCalls(fn, iters, Math.min(iters, 20));
}
const scaling = [];
for (const chars of LENGTHS) {
  const text = replyOf(chars, lines);
  const bytes = Buffer.byteLength(text);
  const scan = timeBudget(() => engine.scan(text, "", "", "en", ""), 3000);
  const ids = timeBudget(() => engine.identifiers(text), 3000);
  scaling.push({ chars, bytes, scan, identifiers: ids });
}

// --- Presidio sentences -------------------------------------------------------------------
const sentences = readFileSync(synthPath(), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const synthBytes = sentences.reduce((s, t) => s + Buffer.byteLength(t), 0);
/** Median of 5 timed passes over `items` (after one warm-up pass): items/s and MB/s of text. */
function passes(fn, items = sentences, bytes = synthBytes) {
  const runs = QUICK ? 1 : 5;
  for (const s of items) fn(s); // warm-up pass
  const t = [];
  for (let r = 0; r < runs; r++) {
    const a0 = now();
    for (const s of items) fn(s);
    t.push(ms(a0, now()));
  }
  t.sort((x, y) => x - y);
  const median = t[Math.floor(t.length / 2)];
  return {
    passMs: median,
    sentencesPerSec: items.length / (median / 1000),
    mbPerSec: bytes / 1e6 / (median / 1000),
  };
}
const synth = {
  sentences: sentences.length,
  bytes: synthBytes,
  scan: passes((s) => engine.scan(s, "", "", "en", "")),
  identifiers: passes((s) => engine.identifiers(s)),
};

// --- the team's corpus (tests/corpus/*.jsonl: replies with review context, platform, language) ---
const corpusDir = join(ROOT, "tests/corpus");
const replies = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((n) => n.endsWith(".jsonl"))
      .sort()
      .flatMap((n) => readFileSync(join(corpusDir, n), "utf8").split("\n").filter((l) => l.trim()))
      .map((l) => JSON.parse(l))
  : [];
const corpusBytes = replies.reduce((s, r) => s + Buffer.byteLength(r.text ?? ""), 0);
const corpus = replies.length
  ? {
      replies: replies.length,
      bytes: corpusBytes,
      scan: passes(
        (r) => engine.scan(r.text ?? "", r.context ?? "", r.platform ?? "", r.lang ?? "", r.author ?? ""),
        replies,
        corpusBytes,
      ),
    }
  : null;

// --- report -------------------------------------------------------------------------------
const f = (x, d = 3) => x.toFixed(d);
console.log(`node ${process.version}, ${PKG.replace(ROOT + "/", "")} (${wasmBytes.length} bytes)`);
console.log(`WebAssembly.compile alone: ${f(compileMs, 2)} ms`);
console.log(`require (read + compile + instantiate): ${f(instantiateMs, 2)} ms`);
console.log(`first new Engine() (default policy, compile rules): ${f(firstEngineMs, 2)} ms`);
console.log(`new Engine() again: p50 ${f(coldStart.p50)} ms, p95 ${f(coldStart.p95)} ms`);
console.log("\nscan latency by reply length (ms per call; ns/char from p50)");
console.log("chars      mode         iters   p50        p95        ns/char   MB/s (p50)");
for (const r of scaling) {
  for (const mode of ["scan", "identifiers"]) {
    const s = r[mode];
    console.log(
      `${String(r.chars).padEnd(10)} ${mode.padEnd(12)} ${String(s.iters).padEnd(7)} ` +
        `${f(s.p50, 4).padEnd(10)} ${f(s.p95, 4).padEnd(10)} ` +
        `${f((s.p50 * 1e6) / r.chars, 1).padEnd(9)} ${f(r.bytes / 1e6 / (s.p50 / 1000), 1)}`,
    );
  }
}
console.log(`\nPresidio sentences (${synth.sentences}, ${synthBytes} bytes), median of passes:`);
for (const mode of ["scan", "identifiers"]) {
  const s = synth[mode];
  console.log(
    `  ${mode.padEnd(12)} ${f(s.sentencesPerSec, 0)} sentences/s, ${f(s.mbPerSec, 2)} MB/s ` +
      `(${f(s.passMs, 2)} ms per pass)`,
  );
}
if (corpus) {
  const s = corpus.scan;
  console.log(`\nteam corpus (${corpus.replies} replies, ${corpusBytes} bytes, tests/corpus/*.jsonl), median of passes:`);
  console.log(`  scan         ${f(s.sentencesPerSec, 0)} replies/s, ${f(s.mbPerSec, 2)} MB/s (${f(s.passMs, 2)} ms per pass)`);
} else {
  console.log("\nteam corpus: no tests/corpus/*.jsonl in this checkout; not measured");
}
const r2k = scaling.find((r) => r.chars === 2_000).scan;
const r1m = scaling.find((r) => r.chars === 1_000_000).scan;
const verdict = (ok) => (ok ? "MET" : "MISSED");
console.log("\ntargets:");
console.log(`  2,000-char scan p95 < 1 ms: ${f(r2k.p95, 4)} ms -> ${verdict(r2k.p95 < 1)}`);
console.log(`  1,000,000-char scan < 100 ms (p50): ${f(r1m.p50, 1)} ms -> ${verdict(r1m.p50 < 100)}`);

if (jsonOut) {
  const out = {
    node: process.version,
    wasmBytes: wasmBytes.length,
    compileMs,
    instantiateMs,
    firstEngineMs,
    coldStart,
    scaling,
    synth,
    corpus,
  };
  writeFileSync(jsonOut, JSON.stringify(out, null, 2) + "\n");
  console.log(`\nwrote ${jsonOut}`);
}
