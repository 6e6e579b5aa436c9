/**
 * The toolbar popup: the policy in force (name, managed or set on this device, its rules grouped
 * by kind with their severities, the practice's own names and contacts), on/off for the current
 * site (or, outside the listed sites, a button that asks for the site and turns checking on),
 * the problems in the current tab's reply, and how many warnings were shown today on this device.
 * The background says which policy is in force; the popup runs the engine's ES module build to
 * list that policy's rules.
 * `popup.html?tab=ID` shows a given tab (the popup opened as a page, as the tests do, because
 * a test cannot click the toolbar button); `&origin=https://…` names that tab's site when the
 * browser does not tell the page (activeTab is only granted by a click on the toolbar button).
 */
import init, { Engine } from './engine/replyguard.mjs';

const $ = (id) => document.getElementById(id);
const t = (k, subs) => chrome.i18n.getMessage(k, subs) || k;
const params = new URLSearchParams(location.search);

/** Rule kinds in the order shown; kinds the engine adds later are listed after these. */
const KINDS = ['privacy', 'conduct', 'promotion', 'custom'];
const KIND_LABEL = { privacy: 'kindPrivacy', conduct: 'kindConduct', promotion: 'kindPromotion', custom: 'kindCustom' };

function cell(text, cls) {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  return td;
}

/** The rules, one table per kind (privacy, conduct, promotion, the practice's own). */
function showRules(engine) {
  const box = $('rules');
  box.replaceChildren();
  const byKind = new Map();
  for (const r of engine.rules()) {
    if (!byKind.has(r.kind)) byKind.set(r.kind, []);
    byKind.get(r.kind).push(r);
  }
  const order = [...KINDS.filter((k) => byKind.has(k)), ...[...byKind.keys()].filter((k) => !KINDS.includes(k))];
  for (const kind of order) {
    const section = document.createElement('section');
    section.dataset.kind = kind;
    const h = document.createElement('h3');
    h.textContent = KIND_LABEL[kind] ? t(KIND_LABEL[kind]) : kind;
    const table = document.createElement('table');
    const body = table.createTBody();
    for (const r of byKind.get(kind)) {
      const tr = document.createElement('tr');
      tr.dataset.rule = r.id;
      if (!r.enabled) tr.className = 'disabled';
      tr.append(cell(r.id, 'rule'), cell(r.title), cell(r.enabled ? r.severity : t('optionsOff'), `sev-${r.severity}`));
      body.append(tr);
    }
    section.append(h, table);
    box.append(section);
  }
}

/** The practice's own names and contact details, which the engine never flags. */
function showAllowed(policy) {
  const p = policy.practice || {};
  const items = [];
  if (p.name) items.push(['allowedPractice', p.name]);
  for (const [key, label] of [['staff', 'allowedStaff'], ['phones', 'allowedPhone'], ['faxes', 'allowedFax'],
    ['emails', 'allowedEmail'], ['addresses', 'allowedAddress'], ['websites', 'allowedWebsite'], ['handles', 'allowedHandle']]) {
    for (const v of p[key] || []) items.push([label, v]);
  }
  const list = $('allowed');
  list.replaceChildren(...items.map(([label, v]) => {
    const li = document.createElement('li');
    const kind = document.createElement('span');
    kind.className = 'source';
    kind.textContent = `${t(label)}: `;
    const value = document.createElement('span');
    value.className = 'value';
    value.textContent = v;
    li.append(kind, value);
    return li;
  }));
  $('allowed-none').hidden = items.length > 0;
}

async function targetTab() {
  const param = params.get('tab');
  if (param !== null) return { id: Number(param), url: undefined };
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab ? { id: tab.id, url: tab.url } : undefined;
}

async function showCurrent(tabId) {
  const { scan } = await chrome.runtime.sendMessage({ type: 'lastFindings', tabId });
  if (!scan) return;
  const n = scan.findings.length;
  $('current').textContent = n === 0 ? t('popupClean') : t('popupProblems', [String(n)]);
}

/** Warnings shown today on this device (counted by the background; 0 after local midnight). */
async function showToday() {
  const { warningsToday: c } = await chrome.storage.local.get('warningsToday');
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const n = c && c.day === today && Number.isInteger(c.count) ? c.count : 0;
  const box = $('warnings-today');
  box.textContent = t('popupToday', [String(n)]);
  box.dataset.count = String(n);
}

/** On/off for the site in the tab, asked of its content script (no tabs permission needed). */
async function showSite(tab) {
  let site;
  try { site = await chrome.tabs.sendMessage(tab.id, { type: 'site' }); } catch (_e) { site = null; }
  if (!site || typeof site.site !== 'string') { offerSite(tab); return; }
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

/** Whether the manifest's content scripts already cover `origin` (one of the listed sites). */
function listedSite(origin) {
  const host = new URL(origin).host;
  return chrome.runtime.getManifest().content_scripts.some((cs) => cs.matches.some((m) => {
    const h = m.replace(/^https:\/\//, '').replace(/\/.*$/, '');
    return h === host || (h.startsWith('*.') && host.endsWith(h.slice(1)));
  }));
}

/**
 * A site outside the listed ones (no content script answered): offer to turn Reply Guard on
 * there. The click asks the browser for that origin only, at that moment; once granted, the
 * background registers the content scripts for it and runs them in the open tab.
 */
function offerSite(tab) {
  let origin;
  try { origin = new URL(params.get('origin') || tab.url).origin; } catch (_e) { return; }
  if (!origin.startsWith('https://') || listedSite(origin)) return; // a listed site only needs a reload
  $('site-add-row').hidden = false;
  $('site-add-origin').textContent = origin;
  $('site-add').addEventListener('click', async () => {
    // permissions.request must be the first thing the click does (it needs the user's gesture).
    const granted = await chrome.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (!granted) { $('site-add-status').textContent = t('popupTurnOnDenied'); return; }
    const r = await chrome.runtime.sendMessage({ type: 'enableSite', origin, tabId: tab.id });
    $('site-add-status').textContent = r && r.ok ? t('popupTurnedOn') : `${t('popupTurnOnDenied')} ${r && r.error || ''}`;
    $('site-add').disabled = !!(r && r.ok);
  });
}

async function main() {
  await init({ module_or_path: new URL('engine/replyguard_bg.wasm', import.meta.url) });
  // The background knows which policy is in force: managed (IT) or this device's, and why a
  // newer one was refused.
  const status = await chrome.runtime.sendMessage({ type: 'policyStatus' });
  let engine;
  try { engine = new Engine(status.policy || undefined); } catch (_e) { engine = new Engine(undefined); }
  const managed = status.source === 'managed';
  if (status.error) {
    $('policy-error').hidden = false;
    const reason = status.error.text || status.error.message || String(status.error);
    $('policy-error').textContent = `${t(managed ? 'popupManagedRefused' : 'popupPolicyRefused')} ${reason}`;
  }
  $('policy').textContent = engine.policy().name;
  $('policy-source').textContent = t(managed ? 'popupManaged' : 'popupLocal');
  $('policy-source').dataset.source = managed ? 'managed' : 'local';
  showAllowed(engine.policy());
  showRules(engine);
  const tab = await targetTab();
  await Promise.all([showToday(), tab ? showCurrent(tab.id) : null, tab ? showSite(tab) : null]);
  document.body.dataset.ready = 'true';
}

main().catch((err) => {
  $('policy').textContent = `Reply Guard could not start: ${err && err.message || err}`;
});
