/**
 * The toolbar popup: the policy in force (name, where it comes from, its rules and severities),
 * on/off for the current site, and how many problems the reply in the current tab has.
 * Runs the engine's ES module build locally to list the rules.
 * `popup.html?tab=ID` shows a given tab (the popup opened as a page, as the tests do).
 */
import init, { Engine } from './engine/replyguard.mjs';

const $ = (id) => document.getElementById(id);
const t = (k, subs) => chrome.i18n.getMessage(k, subs) || k;

/** The last policy the background accepted, which stays in force while a new one is refused. */
async function lastGood() {
  const { lastGoodPolicy: good } = await chrome.storage.local.get('lastGoodPolicy');
  try { return new Engine(good || undefined); } catch (_e) { return new Engine(undefined); }
}

async function storedPolicy() {
  const got = await chrome.storage.local.get('policy');
  return typeof got.policy === 'string' && got.policy.trim() ? got.policy : undefined;
}

function cell(text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  return td;
}

function showRules(engine) {
  const body = $('rules').tBodies[0];
  body.replaceChildren();
  for (const r of engine.rules()) {
    const tr = document.createElement('tr');
    tr.dataset.rule = r.id;
    if (!r.enabled) tr.className = 'disabled';
    tr.append(cell(r.id, 'rule'), cell(r.title), cell(r.enabled ? r.severity : t('optionsOff'), `sev-${r.severity}`));
    body.append(tr);
  }
}

async function targetTab() {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab ? tab.id : undefined;
}

async function showCurrent(tabId) {
  const { scan } = await chrome.runtime.sendMessage({ type: 'lastFindings', tabId });
  if (!scan) return;
  const n = scan.findings.length;
  $('current').textContent = n === 0 ? t('popupClean') : t('popupProblems', [String(n)]);
}

/** On/off for the site in the tab, asked of its content script (no tabs permission needed). */
async function showSite(tabId) {
  let site;
  try { site = await chrome.tabs.sendMessage(tabId, { type: 'site' }); } catch (_e) { return; }
  if (!site || typeof site.site !== 'string') return;
  $('site-row').hidden = false;
  $('site-name').textContent = site.site;
  const box = $('site-on');
  box.checked = site.enabled;
  box.addEventListener('change', async () => {
    const got = await chrome.storage.local.get('disabledSites');
    const list = new Set(Array.isArray(got.disabledSites) ? got.disabledSites : []);
    if (box.checked) list.delete(site.site); else list.add(site.site);
    await chrome.storage.local.set({ disabledSites: [...list] });
  });
}

async function main() {
  await init({ module_or_path: new URL('engine/replyguard_bg.wasm', import.meta.url) });
  const json = await storedPolicy();
  let engine;
  try {
    engine = new Engine(json);
  } catch (err) {
    $('policy-error').hidden = false;
    $('policy-error').textContent = `${t('popupPolicyRefused')} ${err.text || err.message || err}`;
    engine = await lastGood();
  }
  $('policy').textContent = engine.policy().name;
  $('policy-source').textContent = t('popupLocal');
  showRules(engine);
  const tabId = await targetTab();
  if (tabId !== undefined) await Promise.all([showCurrent(tabId), showSite(tabId)]);
  document.body.dataset.ready = 'true';
}

main().catch((err) => {
  $('policy').textContent = `Reply Guard could not start: ${err && err.message || err}`;
});
