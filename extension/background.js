/**
 * Reply Guard background: holds the WebAssembly engine and answers scan requests from the
 * content scripts. The engine runs here, not in the page, because Chromium refuses to compile
 * WebAssembly in a content script on a page whose CSP lacks 'wasm-unsafe-eval'.
 *
 * Chrome runs this file as a service worker (stopped when idle, so the engine is created lazily
 * and again after every restart); Firefox runs it as an event page after engine/replyguard.js.
 * Nothing typed is stored or sent anywhere: texts live only for the duration of one scan.
 */
/* global wasm_bindgen, importScripts */
'use strict';

if (typeof wasm_bindgen === 'undefined' && typeof importScripts === 'function') {
  importScripts('engine/replyguard.js');
}

/** Longest reply we scan; longer texts are cut (the scan still covers this many UTF-16 units). */
const MAX_TEXT = 20000;
const MAX_SHORT = 2000;
const POLICY_KEY = 'policy';
const GOOD_KEY = 'lastGoodPolicy'; // the last policy the engine accepted ('' = default)
const GOOD_SOURCE_KEY = 'lastGoodSource'; // where it came from: 'managed' or 'local'

let wasmReady = null; // Promise: the WebAssembly module instantiated once per worker life
let engine = null; // the engine for the current policy
let engineFor = undefined; // the policy JSON the engine was built from (null = default)
let policyError = null; // why the stored policy was refused, if it was
let policySource = 'local'; // 'managed' when IT pushed the policy (it wins over the local one)

/** Findings of the last scan per tab, in memory only (no text), for the popup's summary. */
const lastByTab = new Map();
let lastScan = null;

function initWasm() {
  if (!wasmReady) {
    wasmReady = wasm_bindgen({ module_or_path: chrome.runtime.getURL('engine/replyguard_bg.wasm') });
    wasmReady.catch(() => { wasmReady = null; });
  }
  return wasmReady;
}

async function storedPolicy() {
  const got = await chrome.storage.local.get(POLICY_KEY);
  const p = got[POLICY_KEY];
  return typeof p === 'string' && p.trim() ? p : null;
}

/**
 * The engine for the stored policy. A policy the engine refuses leaves the last good policy in
 * force (kept in storage too, so it survives a service-worker restart) and records the error for
 * the popup and the options page.
 */
async function currentEngine(waitForManaged = false) {
  await initWasm();
  const { json, source } = await policyToApply(waitForManaged);
  policySource = source;
  if (engine && json === engineFor) return engine;
  try {
    const next = new wasm_bindgen.Engine(json ?? undefined);
    if (engine) engine.free();
    engine = next;
    policyError = null;
    const { [GOOD_KEY]: good, [GOOD_SOURCE_KEY]: goodSource } = await chrome.storage.local.get([GOOD_KEY, GOOD_SOURCE_KEY]);
    if (good !== (json ?? '') || goodSource !== source) {
      await chrome.storage.local.set({ [GOOD_KEY]: json ?? '', [GOOD_SOURCE_KEY]: source });
    }
  } catch (err) {
    policyError = err && typeof err === 'object' ? err : { message: String(err) };
    if (!engine) {
      const { [GOOD_KEY]: good } = await chrome.storage.local.get(GOOD_KEY);
      try { engine = new wasm_bindgen.Engine(good || undefined); } catch (_e) { engine = new wasm_bindgen.Engine(undefined); }
    }
  }
  engineFor = json; // do not rebuild (or retry a bad policy) until it changes
  return engine;
}

/**
 * The engine compiles a language's rule matchers on its first scan in that language, which in a
 * freshly started worker takes longer than typing a key. When a reply field gets focus (the
 * content script asks for the rules), one scan of a short made-up English reply right after
 * answering pays that cost before the first keystroke instead of on it. Its findings are thrown
 * away; nothing the user typed is involved.
 */
let warmed = null;
function warmUp(eng) {
  if (warmed === eng) return;
  warmed = eng;
  setTimeout(() => {
    try {
      if (engine === eng) eng.scan('Hi Sam, thanks for your visit on May 3. Call us at 555-201-3300.', '', 'x', 'en', '');
    } catch (_e) { /* a warm-up that fails costs nothing: the real scan reports its own error */ }
  }, 0);
}

function str(v, max) {
  return typeof v === 'string' && v.length <= max ? v : null;
}

/** Checks a scan request's fields; returns the cleaned request or null. */
function validScan(msg) {
  if (typeof msg.text !== 'string') return null;
  const text = msg.text.length > MAX_TEXT ? msg.text.slice(0, MAX_TEXT) : msg.text;
  const context = msg.context === undefined ? '' : str(msg.context, MAX_TEXT);
  const platform = str(msg.platform, 64);
  const lang = msg.lang === undefined ? '' : str(msg.lang, 16);
  const author = msg.author === undefined ? '' : str(msg.author, MAX_SHORT);
  if (context === null || platform === null || lang === null || author === null) return null;
  return { text, context, platform, lang, author };
}

async function handle(msg, sender) {
  switch (msg.type) {
    case 'scan': {
      if (!sender.tab) return { error: 'scan requests come from content scripts' };
      const req = validScan(msg);
      if (!req) return { error: 'bad scan request: text and platform must be strings' };
      const eng = await currentEngine();
      const findings = eng.scan(req.text, req.context, req.platform, req.lang, req.author);
      const summary = { findings, platform: req.platform, length: req.text.length, at: Date.now() };
      countShown(sender.tab.id, req.text, findings);
      lastByTab.set(sender.tab.id, summary);
      lastScan = { tabId: sender.tab.id, ...summary };
      // `checked`: how many characters were scanned (less than sent when the text was capped),
      // so the content script can say that only the first part was checked.
      return { findings, checked: req.text.length };
    }
    case 'lastFindings': {
      // Extension pages only (the popup; tests read it the same way).
      if (sender.tab && sender.url && !sender.url.startsWith(chrome.runtime.getURL(''))) {
        return { error: 'not allowed' };
      }
      if (Number.isInteger(msg.tabId)) {
        const s = lastByTab.get(msg.tabId);
        return { scan: s ? { tabId: msg.tabId, ...s } : null };
      }
      return { scan: lastScan };
    }
    case 'rules': {
      // What the content script's card and send guard need: titles and reasons, and the send mode.
      // Asked when a reply field gets focus, so it is also the moment to warm the engine up.
      const eng = await currentEngine();
      warmUp(eng);
      const policy = eng.policy();
      return { name: policy.name, send: policy.send, rules: eng.rules() };
    }
    case 'policyStatus': {
      await currentEngine(true); // the popup and options page show the settled answer
      const { [GOOD_KEY]: good } = await chrome.storage.local.get(GOOD_KEY);
      return { error: policyError, name: engine.policy().name, send: engine.policy().send,
        source: policySource, policy: good || '' };
    }
    case 'enableSite': {
      // From the popup, after the user granted the site's origin.
      if (sender.tab && sender.url && !sender.url.startsWith(chrome.runtime.getURL(''))) return { error: 'not allowed' };
      return enableSite(msg.origin, msg.tabId);
    }
    default:
      return { error: `unknown message type ${JSON.stringify(String(msg.type)).slice(0, 40)}` };
  }
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id || !msg || typeof msg !== 'object') return false;
  handle(msg, sender).then(sendResponse, (err) => sendResponse({ error: String(err && err.message || err) }));
  return true;
});

// Content scripts hold a port open while they follow a field, only to learn (by its disconnect)
// that the extension was reloaded or disabled; nothing is sent on it. Other ports are refused.
chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'replyguard-context' || !port.sender || port.sender.id !== chrome.runtime.id) port.disconnect();
});

chrome.tabs?.onRemoved?.addListener((tabId) => lastByTab.delete(tabId));

// --- Managed policy (issue 4) -------------------------------------------------------------
// IT pushes the policy as the one setting `policy` of managed_schema.json: Chrome from its
// policy files or the registry, Firefox from policies.json (3rdparty.Extensions.<gecko id>).
// A managed policy wins over the one saved in this browser and cannot be edited here.

const MANAGED_KEY = 'policy';
let managedRead = null; // Promise of the managed policy JSON text (null = none set), per worker life

/** Reads the managed policy: JSON text, or null when IT set none. */
async function readManaged() {
  let value;
  try {
    value = (await chrome.storage.managed.get(MANAGED_KEY))[MANAGED_KEY];
  } catch (_e) {
    // Firefox rejects storage.managed.get when no policy names this extension: none is set.
    value = undefined;
  }
  if (value && typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' && value.trim()) return value; // a REG_SZ Chrome left as text
  return null;
}

/** The managed policy, read once per worker life (and again after it changes). */
function managedPolicy() {
  if (!managedRead) managedRead = readManaged();
  return managedRead;
}

// Chrome answers the first storage.managed read of a browser session only once its policy
// service has loaded (seconds after start-up): start it now, not at the first keystroke.
managedPolicy();

/** How long a check waits for Chrome's first managed-storage answer of a session. */
const MANAGED_WAIT_MS = 1000;
const PENDING = Symbol('pending');

/**
 * The policy JSON the engine should run (managed first, then this browser's) and its source.
 * Chrome's first storage.managed answer of a browser session comes only once its policy
 * service has loaded, seconds after start-up. Checks do not wait for it longer than
 * MANAGED_WAIT_MS: meanwhile the policy in force at the end of the last session stays in force
 * when it was a managed one (so a managed policy keeps applying across restarts), else this
 * browser's policy applies until the managed answer arrives (only on a first start). The popup
 * and the options page wait for the answer (`waitForManaged`).
 */
async function policyToApply(waitForManaged) {
  const managed = waitForManaged ? await managedPolicy() : await Promise.race([managedPolicy(),
    new Promise((resolve) => setTimeout(() => resolve(PENDING), MANAGED_WAIT_MS))]);
  if (managed === PENDING) {
    const { [GOOD_KEY]: good, [GOOD_SOURCE_KEY]: source } = await chrome.storage.local.get([GOOD_KEY, GOOD_SOURCE_KEY]);
    if (source === 'managed' && typeof good === 'string') return { json: good || null, source: 'managed' };
  } else if (managed !== null) {
    return { json: managed, source: 'managed' };
  }
  return { json: await storedPolicy(), source: 'local' };
}

// A new or removed managed policy applies at once (Chrome re-reads its policy files while it runs).
chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') managedRead = null;
});

// --- Warnings shown today on this device (issue 5) ----------------------------------------
// A count, kept in chrome.storage.local and never sent anywhere. The content script scans while
// the user types, so what a scan finds mid-word ("555-12", a half-typed email) is not yet a
// warning anyone read: a tab's findings are counted once its text has rested for SETTLE_MS
// without a new scan. A warning counts once while it stays in the reply: a finding with the same
// rule as one counted before in the tab, on overlapping characters or the same words, is the same
// warning (it grew as it was typed, or an edit before it moved it). All per-tab state is in
// memory only.

const COUNT_KEY = 'warningsToday';
const SETTLE_MS = 1000;
const shownByTab = new Map(); // tabId -> [{rule, start, end, words}] last counted
const settling = new Map(); // tabId -> timer of the scan waiting to be counted

/** Today's date on this device's clock, local time ('2026-11-23'): the count resets at midnight. */
function localDay(d = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Records a tab's scan; it is counted when no newer scan of the tab comes within SETTLE_MS. */
function countShown(tabId, text, findings) {
  const now = findings.map((f) => ({ rule: f.rule, start: f.start, end: f.end, words: text.slice(f.start, f.end) }));
  clearTimeout(settling.get(tabId));
  settling.set(tabId, setTimeout(() => {
    settling.delete(tabId);
    countSettled(tabId, now).catch(() => {});
  }, SETTLE_MS));
}

async function countSettled(tabId, now) {
  const before = shownByTab.get(tabId) || [];
  shownByTab.set(tabId, now);
  const seen = (f) => before.some((g) => g.rule === f.rule && ((g.start < f.end && f.start < g.end) || g.words === f.words));
  const fresh = now.filter((f) => !seen(f)).length;
  if (!fresh) return;
  const day = localDay();
  const { [COUNT_KEY]: c } = await chrome.storage.local.get(COUNT_KEY);
  const count = c && c.day === day && Number.isInteger(c.count) ? c.count : 0;
  await chrome.storage.local.set({ [COUNT_KEY]: { day, count: count + fresh } });
}

chrome.tabs?.onRemoved?.addListener((tabId) => { shownByTab.delete(tabId); clearTimeout(settling.get(tabId)); settling.delete(tabId); });

// --- Sites the user turned on (issue 5, "Where") ---------------------------------------------
// Outside the listed sites, the popup asks for the site's origin (optional_host_permissions)
// when the user turns Reply Guard on there; the content scripts are then registered for that
// origin (chrome.scripting, the reason for the "scripting" permission) and run in the open tab.

const CONTENT_JS = ['content/sites.js', 'content/i18n.js', 'content/text.js', 'content/geometry.js',
  'content/overlay.js', 'content/apply.js', 'content/guard.js', 'content/context.js', 'content/main.js'];
// Shows our overlay while the content scripts run (see content/gate.css).
const CONTENT_CSS = ['content/gate.css'];

function scriptId(origin) { return `site:${origin}`; }

/** Registers the content scripts for `origin` once its permission is granted; runs them in `tabId`. */
async function enableSite(origin, tabId) {
  let url;
  try { url = new URL(origin); } catch (_e) { return { error: 'bad origin' }; }
  if (url.protocol !== 'https:' || url.origin !== origin) return { error: 'only https:// origins can be turned on' };
  const listed = chrome.runtime.getManifest().content_scripts.some((cs) => cs.matches.includes(`${origin}/*`));
  if (listed) return { error: 'this site is checked already; reload its page' };
  const pattern = `${origin}/*`;
  if (!(await chrome.permissions.contains({ origins: [pattern] }))) {
    return { error: 'permission not granted' };
  }
  const id = scriptId(origin);
  const have = await chrome.scripting.getRegisteredContentScripts({ ids: [id] });
  if (!have.length) {
    await chrome.scripting.registerContentScripts([{ id, matches: [pattern], js: CONTENT_JS, css: CONTENT_CSS,
      runAt: 'document_idle', allFrames: true, persistAcrossSessions: true }]);
  }
  if (Number.isInteger(tabId)) {
    await chrome.scripting.insertCSS({ target: { tabId, allFrames: true }, files: CONTENT_CSS }).catch(() => {});
    await chrome.scripting.executeScript({ target: { tabId, allFrames: true }, files: CONTENT_JS }).catch(() => {});
  }
  return { ok: true, id };
}

// A site's permission taken back (browser settings) ends its registration.
chrome.permissions?.onRemoved?.addListener(async ({ origins = [] }) => {
  const ids = origins.map((o) => scriptId(o.replace(/\/\*$/, '')));
  const have = await chrome.scripting.getRegisteredContentScripts({ ids });
  if (have.length) await chrome.scripting.unregisterContentScripts({ ids: have.map((x) => x.id) });
});
