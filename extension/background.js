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

let wasmReady = null; // Promise: the WebAssembly module instantiated once per worker life
let engine = null; // the engine for the current policy
let engineFor = undefined; // the policy JSON the engine was built from (null = default)
let policyError = null; // why the stored policy was refused, if it was

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
async function currentEngine() {
  await initWasm();
  const json = await storedPolicy();
  if (engine && json === engineFor) return engine;
  try {
    const next = new wasm_bindgen.Engine(json ?? undefined);
    if (engine) engine.free();
    engine = next;
    policyError = null;
    const { [GOOD_KEY]: good } = await chrome.storage.local.get(GOOD_KEY);
    if (good !== (json ?? '')) await chrome.storage.local.set({ [GOOD_KEY]: json ?? '' });
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
      const eng = await currentEngine();
      const policy = eng.policy();
      return { name: policy.name, send: policy.send, rules: eng.rules() };
    }
    case 'policyStatus': {
      await currentEngine();
      return { error: policyError, name: engine.policy().name, send: engine.policy().send };
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
