// In-browser benchmark of the extension as built in dist/chrome, through the end-to-end harness
// (tests/browser/lib: HTTPS fixture site under https://x.com behind a local proxy, headless
// Chromium driven by playwright-core with the production extension loaded).
//
//   ./build.sh                                  builds dist/chrome (bench/browser.sh runs this script)
//   node bench/browser-bench.mjs                prints the figures, writes bench/results/browser.{txt,json}
//   node bench/browser-bench.mjs --quick        fewer keystrokes (a smoke run)
//   options: --keys N (keystrokes per length), --rounds R, --cold N, --lengths 280,2000,10000,
//            --out PREFIX (default bench/results/browser)
//
// Everything is measured from outside the extension, which is run unchanged:
// - keystroke to underline: the page (main world, through the DevTools protocol) records
//   performance.now() in a capturing keydown listener, and a MutationObserver on our overlay's
//   open shadow root records when the underline for the new text is in the DOM, then when the
//   frame holding it has been rendered (a message posted from that point runs after rendering).
//   The reply ends with "Your cell is 555-123-4567" (or another tail from TAILS); keystrokes alternate Backspace and "7", and
//   the engine underlines the number with a different end in each state, so the awaited
//   underline can only come from a scan of the new text (the content script's local shift of old
//   findings drops or keeps the old span, never makes the new one).
// - background scan time: Engine.prototype.scan is wrapped in the service worker by evaluating
//   there (playwright), so each scan the worker runs for the keystrokes above is timed inside it.
// - cold start: the service worker is stopped (DevTools ServiceWorker.stopAllWorkers), then one
//   keystroke; time from it to the new underline, with the worker's own timeline.
// - memory: JS heap (DevTools Runtime.getHeapUsage after a forced GC) and renderer process PSS of
//   the fixture tab, in this browser and in the same Chromium launched without the extension;
//   the service worker's heap (attached through the DevTools Target domain) and its process.
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/browser/lib/chromium.mjs';
import { launchFirefox } from '../tests/browser/lib/firefox.mjs';
import { startServer } from '../tests/browser/lib/server.mjs';
import { DIST, ROOT, waitFor } from '../tests/browser/lib/util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const QUICK = args.includes('--quick');
const FIREFOX = !args.includes('--no-firefox');
const KEYS = Number(opt('--keys', QUICK ? 10 : 50));
const ROUNDS = Number(opt('--rounds', QUICK ? 2 : 5));
const COLD = Number(opt('--cold', QUICK ? 2 : 8));
const LENGTHS = opt('--lengths', '280,2000,10000').split(',').map(Number);
const COLD_LENGTHS = LENGTHS.filter((n) => n <= 2000);
const OUT = opt('--out', path.join(here, 'results', 'browser'));
const PAGE = 'https://x.com/reply.html';
/**
 * How the reply ends. Keystrokes alternate Backspace and the tail's last character, and each state
 * must get its own underline ending at the end of the text. The first tail for which the engine
 * in dist/ does that is used (checked in the browser before measuring), so the benchmark keeps
 * working if the engine's idea of a phone number changes.
 */
const TAILS = ['Your cell is 555-123-4567', 'Your email is jane.doe@example.org'];
let TAIL = TAILS[0];
const lastKey = () => TAIL.at(-1);

const lines = [];
function say(s = '') { lines.push(s); console.log(s); }

// ---------- text ----------

/** A reply of `chars` UTF-16 units: bench/replies.txt sentences in order, ending with TAIL. */
function replyOf(chars) {
  const src = fs.readFileSync(path.join(here, 'replies.txt'), 'utf8').split('\n').filter(Boolean);
  let body = '';
  for (let i = 0; body.length < chars - TAIL.length - 1; i = (i + 1) % src.length) body += (body ? ' ' : '') + src[i];
  body = body.slice(0, chars - TAIL.length - 1).replace(/[\uD800-\uDBFF]$/, ' ');
  const out = `${body} ${TAIL}`;
  if (out.length !== chars) throw new Error(`replyOf built ${out.length} chars for ${chars}`);
  return out;
}

// ---------- statistics ----------

function pct(sorted, p) {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}
function stats(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return { n: s.length, p50: pct(s, 50), p95: pct(s, 95), min: s[0], max: s.at(-1) };
}
const f1 = (x) => (x === undefined || x === null ? '-' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const fs1 = (st) => (st ? `${f1(st.p50)} / ${f1(st.p95)}` : '-');
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

// ---------- in-page recorder (runs in the page's main world, never in the extension) ----------

/** Installs window.__rgBench: arm(start, end) before a keystroke, then await .promise. */
function installRecorder() {
  if (window.__rgBench) return;
  const bench = { arm: null };
  window.__rgBench = bench;
  const afterRender = (cb) => { const ch = new MessageChannel(); ch.port1.onmessage = () => cb(performance.now()); ch.port2.postMessage(0); };
  const finish = (a) => { if (a.resolve && a.t0 !== undefined && a.tFrame !== undefined && (!a.wantUnderline || a.t2 !== undefined)) { a.resolve({ t0: a.t0, tFrame: a.tFrame, tFirst: a.tFirst, t1: a.t1, t2: a.t2 }); a.resolve = null; } };
  addEventListener('keydown', () => {
    const a = bench.arm;
    if (!a || a.t0 !== undefined) return;
    a.t0 = performance.now();
    // The first frame after the keystroke: rAF callbacks, then rendering, then this message.
    requestAnimationFrame(() => afterRender((t) => { a.tFrame = t; finish(a); }));
  }, true);
  const host = document.querySelector('replyguard-overlay');
  if (host && host.shadowRoot) {
    new MutationObserver((records) => {
      const a = bench.arm;
      if (!a || a.t0 === undefined || a.t1 !== undefined || !a.wantUnderline) return;
      const now = performance.now();
      // The first repaint of the underline layer (not the status line, which changes on its own).
      if (a.tFirst === undefined && records.some((m) => m.type === 'childList' && m.target.className === 'layer')) a.tFirst = now;
      if (host.shadowRoot.querySelector(`.u[data-start="${a.start}"][data-end="${a.end}"]`)) {
        a.t1 = now;
        afterRender((t) => { a.t2 = t; finish(a); });
      }
    }).observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
  }
  bench.arm = null;
  bench.set = (start, end, timeoutMs) => {
    const a = { start, end, wantUnderline: start !== null };
    a.promise = new Promise((resolve) => {
      a.resolve = resolve;
      setTimeout(() => { if (a.resolve) { a.resolve({ timeout: true, t0: a.t0, tFirst: a.tFirst }); a.resolve = null; } }, timeoutMs);
    });
    bench.arm = a;
  };
}

/** What our overlay shows (underline spans), read from its open shadow root. */
function underlines() {
  const host = document.querySelector('replyguard-overlay');
  if (!host || !host.shadowRoot) return [];
  return [...host.shadowRoot.querySelectorAll('.u[data-rule]')].map((e) => [e.dataset.rule, Number(e.dataset.start), Number(e.dataset.end)]);
}

// ---------- browser plumbing ----------

/** The Chromium processes under this node process: [{pid, type, extension, args}]. */
function chromiumProcesses() {
  const out = execSync('ps -eo pid=,ppid=,args=', { maxBuffer: 1 << 24 }).toString().trim().split('\n');
  const procs = out.map((l) => { const m = l.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/); return { pid: +m[1], ppid: +m[2], args: m[3] }; });
  const mine = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!mine.has(p.pid) && mine.has(p.ppid)) { mine.add(p.pid); grew = true; }
  }
  return procs.filter((p) => mine.has(p.pid) && /chrom/.test(p.args.split(' ')[0]))
    .map((p) => ({ ...p, type: (p.args.match(/--type=(\S+)/) || [])[1] || 'browser', extension: /--extension-process/.test(p.args) }));
}

/** Rss and Pss (KB) of a process from /proc/PID/smaps_rollup. */
function procMem(pid) {
  try {
    const t = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (k) => Number((t.match(new RegExp(`^${k}:\\s+(\\d+)`, 'm')) || [])[1]);
    // USS (private pages) is what the process alone holds: comparable between browsers with
    // different numbers of processes, unlike PSS, which shares pages out among them.
    return { rssKB: kb('Rss'), pssKB: kb('Pss'), ussKB: kb('Private_Clean') + kb('Private_Dirty') };
  } catch { return null; }
}

function renderers() {
  return chromiumProcesses().filter((p) => p.type === 'renderer').map((p) => ({ pid: p.pid, extension: p.extension, ...procMem(p.pid) }));
}

/** A DevTools session on the extension's service worker, through the page session's Target domain. */
async function workerSession(cdp) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!sw) throw new Error('no extension service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let id = 0;
  const waiting = new Map();
  const onMsg = (m) => {
    if (m.sessionId !== sessionId) return;
    const msg = JSON.parse(m.message);
    if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg); waiting.delete(msg.id); }
  };
  cdp.on('Target.receivedMessageFromTarget', onMsg);
  return {
    async send(method, params = {}) {
      const my = ++id;
      const got = new Promise((r) => waiting.set(my, r));
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: my, method, params }) });
      const msg = await Promise.race([got, new Promise((_, rej) => setTimeout(() => rej(new Error(`${method}: no answer from the worker`)), 20000))]);
      if (msg.error) throw new Error(`${method}: ${msg.error.message}`);
      return msg.result;
    },
    async detach() { cdp.off('Target.receivedMessageFromTarget', onMsg); await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {}); },
  };
}

/** Wraps Engine.prototype.scan in the current service worker so each scan's time is kept there. */
async function instrumentWorker(worker) {
  await worker.evaluate(() => {
    /* global wasm_bindgen */
    if (globalThis.__rgBenchScans) return;
    globalThis.__rgBenchScans = [];
    const proto = wasm_bindgen.Engine.prototype;
    const orig = proto.scan;
    proto.scan = function timedScan(text, ...rest) {
      const a = performance.now();
      try { return orig.call(this, text, ...rest); } finally { globalThis.__rgBenchScans.push([text.length, performance.now() - a]); }
    };
  });
}
const takeScans = (worker) => worker.evaluate(() => globalThis.__rgBenchScans.splice(0));

// ---------- one browser session: typing ----------

/**
 * A tab as the measurements need it, for either harness: evaluate(fn, arg) in the page's main
 * world (Chromium) or WebDriver's script scope (Firefox), and press(key) through the keyboard.
 */
const chromiumTab = (page) => ({ evaluate: (fn, arg) => page.evaluate(fn, arg), press: (k) => page.keyboard.press(k) });

/** The field typed into: the fixture's textarea, or its contenteditable composer (`#rich`). */
let FIELD = 'reply';

/** Sets the reply to `text` (one input event) with the caret at the end. */
async function setDraftOnce(tab, text) {
  await tab.evaluate(([t, id]) => {
    const e = document.getElementById(id);
    e.focus();
    if (e instanceof HTMLTextAreaElement) {
      e.value = t;
      e.setSelectionRange(t.length, t.length);
      e.scrollTop = e.scrollHeight; // the end in view, as after typing (underlines are drawn only where visible)
    } else {
      e.textContent = t;
      const r = document.createRange();
      r.selectNodeContents(e);
      r.collapse(false);
      getSelection().removeAllRanges();
      getSelection().addRange(r);
    }
    e.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, [text, FIELD]);
}

async function setDraft(tab, text, { extension = true } = {}) {
  await setDraftOnce(tab, text);
  if (!extension) return null;
  const u = await waitFor(() => tab.evaluate(underlines), (us) => us.some(([, , e]) => e === text.length),
    { timeout: 60000, every: 50, what: `the underline of the number ending the ${text.length}-char reply` })
    .catch((e) => { throw new Error(`${e.message}\nThe benchmark expects the engine to underline "${TAIL}" (or it without its last character) at the end of the reply.`); });
  return u.find(([, , e]) => e === text.length)[1];
}

/**
 * Presses `key` and resolves the page's timings. With `span` [start, end], waits for that
 * underline; without, only for the next rendered frame.
 */
async function keystroke(tab, key, span, timeoutMs = 30000) {
  await tab.evaluate(([s, e, t]) => window.__rgBench.set(s, e, t), [span ? span[0] : null, span ? span[1] : null, timeoutMs]);
  await tab.press(key);
  const r = await tab.evaluate(() => window.__rgBench.arm.promise);
  if (r.timeout) throw new Error(`no ${span ? `underline [${span}]` : 'frame'} within ${timeoutMs} ms after "${key}" (t0 ${r.t0})`);
  return r;
}

/** Alternating Backspace / the tail's last character at the end of an `n`-char reply; `count` measured keystrokes. */
async function typingRun(tab, n, count, { extension = true, warm = 4 } = {}) {
  const text = replyOf(n);
  const start = await setDraft(tab, text, { extension });
  await tab.evaluate(installRecorder);
  const out = [];
  let m0 = null;
  for (let i = 0; i < warm + count; i++) {
    if (i === warm && tab.metrics) m0 = await tab.metrics();
    const back = i % 2 === 0; // even: Backspace (reply n-1 chars), odd: the last character again (n chars)
    const span = extension ? [start, back ? n - 1 : n] : null;
    await new Promise((r) => setTimeout(r, 20));
    const r = await keystroke(tab, back ? 'Backspace' : lastKey(), span);
    if (i >= warm) out.push({ key: back ? 'Backspace' : lastKey(), ...r });
  }
  if (m0) {
    // The tab's main thread per keystroke (DevTools Performance.getMetrics, cumulative seconds).
    const m1 = await tab.metrics();
    out.mainThread = Object.fromEntries(Object.keys(m1).map((k) => [k, ((m1[k] - m0[k]) * 1000) / count]));
  }
  return out;
}

/** The tab renderer's cumulative main-thread times (s): script, layout, style, all tasks. */
async function metricsOf(cdp) {
  await cdp.send('Performance.enable').catch(() => {});
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => (metrics.find((m) => m.name === name) || {}).value || 0;
    return { script: get('ScriptDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration'), task: get('TaskDuration') };
  };
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** Averages the per-keystroke main-thread times of several runs. */
function mainThreadOf(runs) {
  const ms = runs.map((r) => r.mainThread).filter(Boolean);
  if (!ms.length) return null;
  return Object.fromEntries(Object.keys(ms[0]).map((k) => [k, mean(ms.map((m) => m[k]))]));
}

/** Picks the first tail whose two states (full, last character removed) both get an underline ending at the text's end. */
async function pickTail(tab) {
  const tried = [];
  for (const t of TAILS) {
    TAIL = t;
    const text = replyOf(280);
    try {
      for (const x of [text, text.slice(0, -1), text]) {
        await setDraftOnce(tab, x);
        await waitFor(() => tab.evaluate(underlines), (us) => us.some(([, , e]) => e === x.length),
          { timeout: 20000, every: 100, what: `an underline ending at ${x.length}` });
      }
      return t;
    } catch (e) {
      tried.push(`${JSON.stringify(t)}: ${String(e.message).split('\n')[0]}`);
    }
  }
  throw new Error(`no tail gets an underline ending at the end of the reply in both states; tried ${tried.join('; ')}`);
}

// ---------- main ----------

function machine() {
  const cpu = (fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) || [])[1] || os.cpus()[0]?.model;
  let chromium = '';
  for (const p of [process.env.CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (p && fs.existsSync(p)) { try { chromium = execFileSync(p, ['--version']).toString().trim(); } catch { chromium = p; } break; }
  }
  const git = (a) => { try { return execFileSync('git', a, { cwd: ROOT }).toString().trim(); } catch { return '?'; } };
  const wasm = path.join(DIST, 'chrome', 'engine', 'replyguard_bg.wasm');
  const st = fs.statSync(wasm);
  return {
    cpu, nproc: os.cpus().length, memGB: +(os.totalmem() / 2 ** 30).toFixed(1), kernel: os.release(), node: process.version, chromium,
    commit: git(['rev-parse', '--short', 'HEAD']), dirty: git(['status', '--porcelain', '--untracked-files=no']) !== '',
    distWasm: { bytes: st.size, built: st.mtime.toISOString() }, date: new Date().toISOString(), loadStart: os.loadavg(),
  };
}

async function withExtension(server, result) {
  const b = await launchChromium({ extDir: path.join(DIST, 'chrome'), proxyPort: server.proxyPort });
  const { context, page } = b;
  let worker = b.worker;
  context.on('serviceworker', (w) => { worker = w; });
  try {
    await b.open(PAGE);
    const cdp = await context.newCDPSession(page);
    const tab = { ...chromiumTab(page), metrics: await metricsOf(cdp) };
    await instrumentWorker(worker);
    result.tail = await pickTail(tab);
    process.stderr.write(`reply ends with ${JSON.stringify(result.tail)}\n`);

    // 1. Keystroke to underline and background scan time, rounds interleaved across lengths.
    const typing = Object.fromEntries(LENGTHS.map((n) => [n, { keys: [], scans: [], rounds: [], runs: [] }]));
    const per = Math.max(2, Math.round(KEYS / ROUNDS));
    for (let r = 0; r < ROUNDS; r++) {
      for (const n of LENGTHS) {
        await takeScans(worker);
        const la = os.loadavg()[0];
        const keys = await typingRun(tab, n, per);
        const scans = (await takeScans(worker)).filter(([len]) => len === n || len === n - 1).map(([, t]) => t);
        typing[n].keys.push(...keys);
        typing[n].runs.push(keys);
        typing[n].scans.push(...scans);
        typing[n].rounds.push({ load1: la, p50: stats(keys.map((k) => k.t2 - k.t0)).p50, scanP50: stats(scans)?.p50 });
        process.stderr.write(`round ${r + 1}/${ROUNDS} ${n} chars: keystroke->underline p50 ${f1(typing[n].rounds.at(-1).p50)} ms, load ${la.toFixed(2)}\n`);
      }
    }
    result.typing = {};
    for (const n of LENGTHS) {
      const { keys, scans, rounds, runs } = typing[n];
      result.typing[n] = {
        keystrokes: keys.length,
        underlineRendered: stats(keys.map((k) => k.t2 - k.t0)),
        underlineInDom: stats(keys.map((k) => k.t1 - k.t0)),
        firstRepaint: stats(keys.map((k) => k.tFirst - k.t0)),
        nextFrame: stats(keys.map((k) => k.tFrame - k.t0)),
        workerScan: stats(scans),
        mainThreadPerKeystroke: mainThreadOf(runs),
        roundMedians: rounds,
      };
    }

    // 1b. The same in the contenteditable composer, whose underlines are placed with Range rects
    // instead of the textarea's mirror copy: shows how much of the textarea figure is the mirror.
    FIELD = 'rich';
    result.rich = {};
    const richLengths = LENGTHS.filter((n) => n >= 2000);
    const richKeys = Object.fromEntries(richLengths.map((n) => [n, []]));
    for (let r = 0; r < Math.min(2, ROUNDS); r++) {
      for (const n of richLengths) {
        const keys = await typingRun(tab, n, Math.max(2, Math.round(KEYS / 5)));
        richKeys[n].push(keys);
        process.stderr.write(`contenteditable round ${r + 1} ${n} chars: keystroke->underline p50 ${f1(stats(keys.map((k) => k.t2 - k.t0)).p50)} ms\n`);
      }
    }
    for (const n of richLengths) {
      const ks = richKeys[n].flat();
      result.rich[n] = { keystrokes: ks.length, underlineRendered: stats(ks.map((k) => k.t2 - k.t0)), firstRepaint: stats(ks.map((k) => k.tFirst - k.t0)),
        nextFrame: stats(ks.map((k) => k.tFrame - k.t0)), mainThreadPerKeystroke: mainThreadOf(richKeys[n]) };
    }
    FIELD = 'reply';
    await page.goto(PAGE, { waitUntil: 'load' });

    // 2. Cold start: worker stopped, one keystroke, time to the new underline.
    result.cold = {};
    const versions = new Map(); // versionId -> runningStatus, from ServiceWorker.workerVersionUpdated
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: vs }) => {
      for (const v of vs) {
        if (v.status === 'redundant') versions.delete(v.versionId);
        else versions.set(v.versionId, v.runningStatus);
      }
      if (process.env.BENCH_DEBUG) process.stderr.write(`sw versions: ${JSON.stringify(vs.map((v) => [v.versionId, v.status, v.runningStatus]))}\n`);
    });
    await cdp.send('ServiceWorker.enable');
    const allStopped = () => [...versions.values()].every((s) => s === 'stopped');
    /** Stops the worker, again if it does not report stopped or anything (a late scan request) wakes it. */
    const stopWorker = async () => {
      for (let tries = 0; tries < 6; tries++) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        try {
          await waitFor(async () => allStopped(), (x) => x, { timeout: 5000, every: 20, what: 'the service worker to stop' });
        } catch { continue; }
        await new Promise((r) => setTimeout(r, 400));
        if (allStopped()) return;
      }
      throw new Error(`the service worker would not stop: ${JSON.stringify([...versions])}`);
    };
    for (const n of COLD_LENGTHS) {
      const samples = [];
      const text = replyOf(n);
      const start = await setDraft(tab, text);
      await tab.evaluate(installRecorder);
      for (let i = 0; i < COLD; i++) {
        // Alternate Backspace and the last character so that each cold keystroke makes a new span.
        const back = i % 2 === 0;
        await stopWorker();
        const la = os.loadavg()[0];
        const pageOrigin = await page.evaluate(() => performance.timeOrigin);
        const k = await keystroke(tab, back ? 'Backspace' : lastKey(), [start, back ? n - 1 : n], 60000);
        const key = pageOrigin + k.t0;
        const w = context.serviceWorkers().at(-1);
        // The worker's start, then what its two expensive steps cost when repeated in it right after.
        const parts = await w.evaluate(async (reply) => {
          const url = chrome.runtime.getURL('engine/replyguard_bg.wasm');
          const bytes = await (await fetch(url)).arrayBuffer();
          let a = performance.now();
          const mod = await WebAssembly.compile(bytes);
          const compile = performance.now() - a;
          if (!(mod instanceof WebAssembly.Module)) throw new Error('compile failed');
          a = performance.now();
          const e = new wasm_bindgen.Engine(undefined);
          const engine = performance.now() - a;
          a = performance.now();
          e.scan(reply, '', 'x', 'en', '');
          const firstScan = performance.now() - a;
          a = performance.now();
          e.scan(reply, '', 'x', 'en', '');
          const secondScan = performance.now() - a;
          e.free();
          /* global lastScan */
          return { origin: performance.timeOrigin, compile, engine, firstScan, secondScan, scanAt: lastScan ? lastScan.at : null };
        }, text);
        const restarted = parts.origin > key;
        samples.push({
          load1: la, restarted, underlineRendered: k.t2 - k.t0, underlineInDom: k.t1 - k.t0,
          workerStartAfterKey: parts.origin - key, scanAnsweredAfterKey: parts.scanAt ? parts.scanAt - key : null,
          wasmCompile: parts.compile, newEngine: parts.engine, firstScan: parts.firstScan, secondScan: parts.secondScan,
        });
        process.stderr.write(`cold ${n} chars #${i + 1}: ${f1(k.t2 - k.t0)} ms (worker started ${f1(parts.origin - key)} ms after the key; load ${la.toFixed(2)})\n`);
      }
      const ok = samples.filter((s) => s.restarted);
      result.cold[n] = {
        samples,
        underlineRendered: stats(ok.map((s) => s.underlineRendered)),
        workerStartAfterKey: stats(ok.map((s) => s.workerStartAfterKey)),
        scanAnsweredAfterKey: stats(ok.map((s) => s.scanAnsweredAfterKey)),
        wasmCompile: stats(ok.map((s) => s.wasmCompile)),
        newEngine: stats(ok.map((s) => s.newEngine)),
        firstScan: stats(ok.map((s) => s.firstScan)),
        secondScan: stats(ok.map((s) => s.secondScan)),
        notRestarted: samples.length - ok.length,
      };
    }
    worker = context.serviceWorkers().at(-1);

    // 2b. Where a cold start goes: the worker stopped, then started by DevTools (no event, so no
    // engine), then the steps the background takes on its first scan, timed one by one in it.
    const steps = [];
    const text2k = replyOf(Math.min(2000, Math.max(...LENGTHS)));
    for (let i = 0; i < COLD; i++) {
      const extBefore = (renderers().find((r) => r.extension) || {}).pid;
      await stopWorker();
      const asked = Date.now();
      await cdp.send('ServiceWorker.startWorker', { scopeURL: new URL('/', worker.url()).href });
      const w = await waitFor(async () => {
        for (const x of context.serviceWorkers()) {
          const o = await x.evaluate(() => performance.timeOrigin).catch(() => 0);
          if (o >= asked - 5) return x;
        }
        return null;
      }, (x) => x, { timeout: 20000, every: 20, what: 'the restarted worker' });
      const st = await w.evaluate(async (reply) => {
        const ready = performance.now(); // worker script (engine glue + background.js) evaluated before this
        let a = performance.now();
        await wasm_bindgen({ module_or_path: chrome.runtime.getURL('engine/replyguard_bg.wasm') });
        const init = performance.now() - a;
        a = performance.now();
        const e = new wasm_bindgen.Engine(undefined);
        const engine = performance.now() - a;
        a = performance.now();
        e.scan(reply, '', 'x', 'en', '');
        const firstScan = performance.now() - a;
        a = performance.now();
        e.scan(reply, '', 'x', 'en', '');
        const secondScan = performance.now() - a;
        e.free();
        return { ready, init, engine, firstScan, secondScan };
      }, text2k);
      const extAfter = (renderers().find((r) => r.extension) || {}).pid;
      steps.push({ ...st, newProcess: extBefore !== extAfter, load1: os.loadavg()[0] });
      process.stderr.write(`cold steps #${i + 1}: wasm init ${f1(st.init)} ms, new Engine ${f1(st.engine)} ms, first scan ${f1(st.firstScan)} ms (new process: ${extBefore !== extAfter})\n`);
    }
    result.coldSteps = {
      chars: text2k.length, samples: steps, newProcess: steps.filter((x) => x.newProcess).length,
      ...Object.fromEntries(['ready', 'init', 'engine', 'firstScan', 'secondScan'].map((k) => [k, stats(steps.map((x) => x[k]))])),
    };
    worker = context.serviceWorkers().at(-1);
    await instrumentWorker(worker);

    // 3. Memory with the extension: the fixture tab with a 2,000-char reply underlined; the worker.
    result.memory = { withExtension: await tabMemory(page, cdp, true) };
    // The worker without the engine: stopped, then started by DevTools (no event, so no engine yet).
    const scope = new URL('/', worker.url()).href;
    await stopWorker();
    await cdp.send('ServiceWorker.startWorker', { scopeURL: scope });
    await waitFor(async () => [...versions.values()].includes('running'), (x) => x, { timeout: 15000, every: 20, what: 'the worker to start' });
    await new Promise((r) => setTimeout(r, 1000));
    result.memory.workerNoEngine = await workerMemory(cdp);
    // Then one keystroke's scan loads the engine.
    await page.goto(PAGE, { waitUntil: 'load' });
    await setDraft(tab, replyOf(2000));
    await new Promise((r) => setTimeout(r, 1000));
    result.memory.worker = await workerMemory(cdp);
    await cdp.detach();
  } finally {
    await b.close();
  }
}

async function tabMemory(page, cdp, extension) {
  await page.goto(PAGE, { waitUntil: 'load' });
  await setDraft(chromiumTab(page), replyOf(2000), { extension });
  await new Promise((r) => setTimeout(r, 500));
  const heaps = [];
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    heaps.push(await cdp.send('Runtime.getHeapUsage'));
  }
  const dom = await cdp.send('Memory.getDOMCounters');
  // Which renderer is the tab's: the one that grows when the page holds 64 MB for a moment.
  const before = renderers();
  await page.evaluate(() => { window.__rgMarker = new Uint8Array(64 << 20).fill(1); });
  const grown = renderers().map((r) => ({ ...r, grew: r.rssKB - ((before.find((x) => x.pid === r.pid) || {}).rssKB ?? r.rssKB) }));
  await page.evaluate(() => { delete window.__rgMarker; });
  await cdp.send('HeapProfiler.collectGarbage');
  await new Promise((r) => setTimeout(r, 500));
  const tabPid = grown.sort((a, b) => b.grew - a.grew)[0]?.pid;
  const rs = renderers();
  const tab = rs.find((r) => r.pid === tabPid) || null;
  return {
    heapUsedKB: Math.round(stats(heaps.map((h) => h.usedSize)).p50 / 1024),
    heapTotalKB: Math.round(stats(heaps.map((h) => h.totalSize)).p50 / 1024),
    backingStoreKB: Math.round(stats(heaps.map((h) => h.backingStorageSize ?? NaN))?.p50 / 1024),
    dom, tabRenderer: tab, renderers: rs,
  };
}

async function workerMemory(cdp) {
  const ws = await workerSession(cdp);
  try {
    await ws.send('HeapProfiler.enable').catch(() => {});
    await ws.send('HeapProfiler.collectGarbage').catch(() => {});
    const heap = await ws.send('Runtime.getHeapUsage');
    const ext = renderers().find((r) => r.extension) || null;
    return {
      heapUsedKB: Math.round(heap.usedSize / 1024), heapTotalKB: Math.round(heap.totalSize / 1024),
      backingStoreKB: heap.backingStorageSize !== undefined ? Math.round(heap.backingStorageSize / 1024) : null,
      extensionRenderer: ext,
    };
  } finally { await ws.detach(); }
}

/** The same Chromium and fixture without the extension: memory and keystroke-to-frame baseline. */
async function withoutExtension(server, result) {
  const require = createRequire(path.join(ROOT, 'tests', 'browser', 'package.json'));
  const { chromium } = require('playwright-core');
  const bin = [process.env.CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: bin, headless: true, viewport: { width: 1100, height: 760 },
    args: [`--proxy-server=http://127.0.0.1:${server.proxyPort}`, '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      '--disable-dev-shm-usage', '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate'],
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    await page.goto(PAGE, { waitUntil: 'load' });
    result.baseline = {};
    const cdp = await context.newCDPSession(page);
    const tab = { ...chromiumTab(page), metrics: await metricsOf(cdp) };
    for (const n of LENGTHS) {
      const keys = await typingRun(tab, n, Math.max(10, Math.round(KEYS / 2)), { extension: false });
      result.baseline[n] = { nextFrame: stats(keys.map((k) => k.tFrame - k.t0)), mainThreadPerKeystroke: keys.mainThread };
    }
    result.memory.withoutExtension = await tabMemory(page, cdp, false);
    await cdp.detach();
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Keystroke to underline in Firefox ESR (event page, selenium): the same page-side measurement. */
async function inFirefox(server, result) {
  let b;
  try {
    b = await launchFirefox({ extDir: path.join(DIST, 'firefox'), proxyPort: server.proxyPort });
    result.firefox = { version: (await b.driver.getCapabilities()).get('browserVersion') };
    await b.open(PAGE);
    const tab = { evaluate: b.evaluate, press: (k) => b.press(k) };
    const per = Math.max(2, Math.round(KEYS / 2 / ROUNDS));
    const keys = Object.fromEntries(LENGTHS.map((n) => [n, []]));
    for (let r = 0; r < ROUNDS; r++) {
      for (const n of LENGTHS) {
        keys[n].push(...await typingRun(tab, n, per));
        process.stderr.write(`firefox round ${r + 1}/${ROUNDS} ${n} chars done, load ${os.loadavg()[0].toFixed(2)}\n`);
      }
    }
    for (const n of LENGTHS) {
      const k = keys[n];
      result.firefox[n] = { keystrokes: k.length, underlineRendered: stats(k.map((x) => x.t2 - x.t0)), underlineInDom: stats(k.map((x) => x.t1 - x.t0)),
        firstRepaint: stats(k.map((x) => x.tFirst - x.t0)), nextFrame: stats(k.map((x) => x.tFrame - x.t0)) };
    }
  } catch (e) {
    result.firefox = { error: String(e && e.message || e).split('\n')[0] };
    process.stderr.write(`firefox: ${result.firefox.error}\n`);
  } finally {
    if (b) await b.close().catch(() => {});
  }
}

function report(r) {
  const m = r.machine;
  say('Reply Guard in the browser: headless Chromium (and Firefox ESR), extension from dist/chrome, fixture https://x.com/reply.html (textarea)');
  say(`command: node bench/browser-bench.mjs ${args.join(' ')}`.trim());
  say(`machine: ${m.cpu}, nproc ${m.nproc}, ${m.memGB} GB, Linux ${m.kernel}, node ${m.node}, ${m.chromium}`);
  say(`code: ${m.commit}${m.dirty ? ' (+ uncommitted changes)' : ''}; dist/chrome/engine/replyguard_bg.wasm ${m.distWasm.bytes} bytes built ${m.distWasm.built}`);
  say(`date: ${m.date}; load average (1/5/15 min) at start ${m.loadStart.map((x) => x.toFixed(2)).join(' ')}, at end ${r.loadEnd.map((x) => x.toFixed(2)).join(' ')}`);
  say(`keystrokes: ${KEYS} per length in ${ROUNDS} interleaved rounds (Backspace and "${lastKey()}" alternating at the end of a reply ending "${TAIL}"), after 4 warm-up keystrokes per round`);
  say();
  say('Keystroke to updated underline (ms, p50 / p95), from the keydown in the page:');
  say('  the content script asks for a scan at once: one request in flight, the text typed meanwhile scanned when its answer arrives (extension/content/main.js)');
  const H = ['chars', 'underline rendered', 'underline in DOM', 'worker scan', 'first repaint', 'next frame', 'next frame, no ext.'];
  say(`  ${H.join(' | ')}`);
  for (const n of LENGTHS) {
    const t = r.typing[n];
    say(`  ${n.toLocaleString('en')} | ${fs1(t.underlineRendered)} | ${fs1(t.underlineInDom)} | ${fs1(t.workerScan)} (n=${t.workerScan?.n ?? 0}) | ${fs1(t.firstRepaint)} | ${fs1(t.nextFrame)} | ${fs1(r.baseline?.[n]?.nextFrame)}`);
  }
  say('  underline rendered: keydown to the frame holding the new underline; worker scan: Engine.scan inside the service worker (every scan of these texts, warm-up included);');
  say('  first repaint: keydown to our first overlay update (old underlines moved along, before the scan); next frame: keydown to the');
  say('  first rendered frame, with the extension and in the same Chromium without it (what typing itself costs).');
  say('  main thread of the tab per keystroke (ms; DevTools Performance.getMetrics: all tasks / script / layout / style), with | without the extension:');
  const mt = (m) => (m ? `${f1(m.task)} / ${f1(m.script)} / ${f1(m.layout)} / ${f1(m.style)}` : '-');
  for (const n of LENGTHS) say(`    ${n.toLocaleString('en')}: ${mt(r.typing[n].mainThreadPerKeystroke)} | ${mt(r.baseline?.[n]?.mainThreadPerKeystroke)}`);
  if (r.rich && Object.keys(r.rich).length) {
    say('  contenteditable composer (#rich; underlines placed with Range rects, no mirror): underline rendered | first repaint | next frame | main thread per keystroke (tasks / layout):');
    for (const [n, t] of Object.entries(r.rich)) {
      const m = t.mainThreadPerKeystroke;
      say(`    ${Number(n).toLocaleString('en')} (n=${t.keystrokes}): ${fs1(t.underlineRendered)} | ${fs1(t.firstRepaint)} | ${fs1(t.nextFrame)} | ${m ? `${f1(m.task)} / ${f1(m.layout)}` : '-'}`);
    }
  }
  say('  round medians of "underline rendered" (load average 1 min):');
  for (const n of LENGTHS) say(`    ${n}: ${r.typing[n].roundMedians.map((x) => `${f1(x.p50)} (${x.load1.toFixed(1)})`).join(', ')}`);
  if (r.firefox) {
    if (r.firefox.error) say(`  Firefox: not measured (${r.firefox.error})`);
    else {
      say(`  Firefox ESR ${r.firefox.version} (event page; no worker scan or cold start figures), ${r.firefox[LENGTHS[0]].keystrokes} keystrokes per length:`);
      for (const n of LENGTHS) {
        const t = r.firefox[n];
            say(`  ${n.toLocaleString('en')} | ${fs1(t.underlineRendered)} | ${fs1(t.underlineInDom)} | - | ${fs1(t.firstRepaint)} | ${fs1(t.nextFrame)} | -`);
      }
    }
  }
  say();
  say('Cold start: service worker stopped, then one keystroke (ms from keydown; p50 / p95, min-max):');
  for (const n of COLD_LENGTHS) {
    const c = r.cold[n];
    if (!c.underlineRendered) { say(`  ${n}: no sample saw the worker restart`); continue; }
    say(`  ${n.toLocaleString('en')} chars, n=${c.underlineRendered.n}: underline rendered ${fs1(c.underlineRendered)} (${f1(c.underlineRendered.min)}-${f1(c.underlineRendered.max)});` +
      ` worker started ${fs1(c.workerStartAfterKey)} after the key, scan done (background's clock, 1 ms) ${fs1(c.scanAnsweredAfterKey)}${c.notRestarted ? ` [${c.notRestarted} samples without a restart left out]` : ''}`);
    say(`    repeated in the restarted worker right after (warm, so lower bounds): WebAssembly.compile of the .wasm ${fs1(c.wasmCompile)}, new Engine() ${fs1(c.newEngine)}, its first scan ${fs1(c.firstScan)}, second ${fs1(c.secondScan)}`);
  }
  const cs = r.coldSteps;
  if (cs) {
    say(`  the steps of a cold start, timed one by one in a worker started by DevTools (n=${cs.init.n}; ${cs.newProcess} in a new extension process; ${cs.chars}-char reply):`);
    say(`    worker script evaluated ${fs1(cs.ready)} after the worker's start; wasm_bindgen init (fetch, compile, instantiate) ${fs1(cs.init)};` +
      ` new Engine() ${fs1(cs.engine)}; first scan ${fs1(cs.firstScan)}; second scan ${fs1(cs.secondScan)}`);
  }
  say();
  const w = r.memory.withExtension;
  const o = r.memory.withoutExtension;
  const kb = (x) => (x === null || x === undefined || Number.isNaN(x) ? '-' : `${(x / 1024).toFixed(1)} MB`);
  const kbs = (x) => (x >= 0 ? '+' : '') + kb(x);
  say('Memory (after forced GC; fixture tab with a 2,000-char reply):');
  say(`  tab JS heap used: ${kb(w.heapUsedKB)} with the extension, ${kb(o?.heapUsedKB)} without: ${kbs(w.heapUsedKB - (o?.heapUsedKB ?? 0))}`);
  say(`  tab DOM: ${w.dom.nodes} nodes, ${w.dom.jsEventListeners} listeners with; ${o?.dom.nodes} nodes, ${o?.dom.jsEventListeners} listeners without`);
  const d = (k) => kbs((w.tabRenderer?.[k] ?? 0) - (o?.tabRenderer?.[k] ?? 0));
  say(`  tab renderer process: private (USS) ${kb(w.tabRenderer?.ussKB)} with, ${kb(o?.tabRenderer?.ussKB)} without: ${d('ussKB')}; RSS ${kb(w.tabRenderer?.rssKB)} / ${kb(o?.tabRenderer?.rssKB)}: ${d('rssKB')}`);
  const sw = r.memory.worker;
  const sw0 = r.memory.workerNoEngine;
  say(`  service worker, engine loaded: JS heap used ${kb(sw.heapUsedKB)} (total ${kb(sw.heapTotalKB)}); extension process USS ${kb(sw.extensionRenderer?.ussKB)}, RSS ${kb(sw.extensionRenderer?.rssKB)}`);
  say(`  service worker, started without the engine: JS heap used ${kb(sw0.heapUsedKB)} (total ${kb(sw0.heapTotalKB)}); extension process USS ${kb(sw0.extensionRenderer?.ussKB)}, RSS ${kb(sw0.extensionRenderer?.rssKB)}`);
  say(`  the engine adds to the extension process: USS ${kbs((sw.extensionRenderer?.ussKB ?? 0) - (sw0.extensionRenderer?.ussKB ?? 0))}, RSS ${kbs((sw.extensionRenderer?.rssKB ?? 0) - (sw0.extensionRenderer?.rssKB ?? 0))} (WebAssembly memory and compiled code are outside the JS heap)`);
}

const result = { machine: machine(), options: { KEYS, ROUNDS, COLD, LENGTHS } };
if (!fs.existsSync(path.join(DIST, 'chrome', 'manifest.json'))) {
  console.error('dist/chrome is missing: run ./build.sh first (bench/browser.sh does)');
  process.exit(2);
}
const server = await startServer();
try {
  await withExtension(server, result);
  await withoutExtension(server, result);
  if (FIREFOX) await inFirefox(server, result);
} finally {
  await server.close();
}
result.loadEnd = os.loadavg();
result.machine.dateEnd = new Date().toISOString();
report(result);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(`${OUT}.txt`, `${lines.join('\n')}\n`);
fs.writeFileSync(`${OUT}.json`, `${JSON.stringify(result, null, 1)}\n`);
console.error(`wrote ${OUT}.txt and ${OUT}.json (load now ${load()})`);
