/**
 * The toolbar popup: the active policy's name, the rules it enforces, and how many problems the
 * reply in the current tab has. Runs the engine's ES module build locally to list the rules.
 */
import init, { Engine } from './engine/replyguard.mjs';

const $ = (id) => document.getElementById(id);

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
    tr.append(cell(r.id, 'rule'), cell(r.title), cell(r.severity, `sev-${r.severity}`));
    body.append(tr);
  }
}

async function showCurrent() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  if (!tab || tab.id === undefined) return;
  const { scan } = await chrome.runtime.sendMessage({ type: 'lastFindings', tabId: tab.id });
  if (!scan) return;
  const n = scan.findings.length;
  $('current').textContent = n === 0 ? 'No problems found in the reply.' :
    `${n} possible problem${n === 1 ? '' : 's'} in the reply.`;
}

async function main() {
  await init({ module_or_path: new URL('engine/replyguard_bg.wasm', import.meta.url) });
  const json = await storedPolicy();
  let engine;
  try {
    engine = new Engine(json);
  } catch (err) {
    $('policy-error').hidden = false;
    $('policy-error').textContent = `Saved policy refused, using the default: ${err.text || err.message || err}`;
    engine = new Engine(undefined);
  }
  $('policy').textContent = engine.policy().name;
  showRules(engine);
  await showCurrent();
}

main().catch((err) => {
  $('policy').textContent = `Reply Guard could not start: ${err && err.message || err}`;
});
