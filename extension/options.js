/**
 * The options page: the practice's details, each rule's severity (or off), the send guard's mode,
 * and import/export of the whole policy as JSON. Every change is checked by the engine before it
 * is saved (errors shown at their line and column); open tabs pick it up through storage.
 */
import init, { Engine, checkPolicy } from './engine/replyguard.mjs';

const $ = (id) => document.getElementById(id);
const t = (k, subs) => chrome.i18n.getMessage(k, subs) || k;
const lines = (id) => $(id).value.split('\n').map((s) => s.trim()).filter(Boolean);
let engine;

/** The policy in force, as the background says: `{source: 'managed'|'local', policy, error}`. */
function policyStatus() {
  return chrome.runtime.sendMessage({ type: 'policyStatus' });
}

function engineFor(json) {
  try { return new Engine(json || undefined); } catch (_e) { return new Engine(undefined); }
}

/**
 * A managed policy (pushed by IT) cannot be edited here: every field is read-only, saving,
 * importing and resetting are off, and a line says who manages it. Export still works.
 */
function showManaged(managed) {
  const note = $('managed-note');
  note.hidden = !managed;
  note.textContent = managed ? t('optionsManaged') : '';
  document.body.dataset.managed = managed ? 'true' : 'false';
  for (const el of document.querySelectorAll('#settings input, #settings textarea, #policy-json')) el.readOnly = managed;
  for (const el of document.querySelectorAll('#settings select, #save, #import, #reset')) el.disabled = managed;
}

function load(engine) {
  const p = engine.policy();
  $('policy-name').textContent = p.name;
  $('practice-name').value = p.practice.name;
  $('practice-staff').value = p.practice.staff.join('\n');
  $('practice-phones').value = p.practice.phones.join('\n');
  $('practice-emails').value = p.practice.emails.join('\n');
  $('send').value = p.send;
  const body = $('rules').tBodies[0];
  body.replaceChildren();
  for (const r of engine.rules()) {
    const tr = document.createElement('tr');
    tr.dataset.rule = r.id;
    const id = document.createElement('td');
    id.className = 'rule';
    id.textContent = r.id;
    const title = document.createElement('td');
    const label = document.createElement('label');
    label.htmlFor = `sev-${r.id}`;
    label.textContent = r.title;
    title.append(label);
    const sel = document.createElement('select');
    sel.id = `sev-${r.id}`;
    for (const [v, text] of [['off', t('optionsOff')], ['caution', t('severityCaution')], ['violation', t('severityViolation')]]) {
      const o = document.createElement('option');
      o.value = v;
      o.textContent = text;
      sel.append(o);
    }
    sel.value = r.enabled ? r.severity : 'off';
    const cell = document.createElement('td');
    cell.append(sel);
    tr.append(id, title, cell);
    body.append(tr);
  }
  $('policy-json').value = JSON.stringify(p, null, 2);
}

/** The policy the form describes, built on the one in force. */
function fromForm() {
  const p = engine.policy();
  p.practice.name = $('practice-name').value.trim();
  p.practice.staff = lines('practice-staff');
  p.practice.phones = lines('practice-phones');
  p.practice.emails = lines('practice-emails');
  if (p.practice.name && p.name === 'Reply Guard default (US, HIPAA)') p.name = `${p.practice.name} policy`;
  p.send = $('send').value;
  const defaults = new Map(new Engine(undefined).rules().map((r) => [r.id, r]));
  p.rules = {};
  for (const tr of $('rules').tBodies[0].rows) {
    const v = tr.querySelector('select').value;
    const d = defaults.get(tr.dataset.rule);
    if (v === 'off') p.rules[tr.dataset.rule] = { enabled: false };
    else if (!d || d.severity !== v) p.rules[tr.dataset.rule] = { enabled: true, severity: v };
  }
  return JSON.stringify(p, null, 2);
}

/** Saves policy JSON after the engine accepted it; returns the list of problems or null. */
async function save(json) {
  if (document.body.dataset.managed === 'true') return [{ text: t('optionsManaged'), message: t('optionsManaged') }];
  const errs = checkPolicy(json);
  if (errs) return errs;
  await chrome.storage.local.set({ policy: json });
  engine = new Engine(json);
  load(engine);
  return null;
}

/**
 * Line and column (1-based) of a JSON path like `rules.phi-nmae` in `text`, found by looking
 * for each key in turn; for errors the engine reports by path only. Null when not found.
 */
function locate(text, path) {
  let at = 0;
  for (const key of path.split('.').filter(Boolean)) {
    const i = text.indexOf(JSON.stringify(key), at);
    if (i < 0) return null;
    at = i;
  }
  if (!path) return null;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** Moves the caret in the JSON box to a problem's line and column. */
function caretTo(err) {
  const ta = $('policy-json');
  const rows = ta.value.split('\n');
  let at = 0;
  for (let i = 0; i < err.line - 1 && i < rows.length; i++) at += rows[i].length + 1;
  at += Math.max(0, err.column - 1);
  ta.focus();
  ta.setSelectionRange(at, at);
}

/**
 * Every problem of a refused import, one line each with its line, column and JSON path (a
 * click puts the caret there), the caret on the first.
 */
function showError(errs) {
  const box = $('import-error');
  if (!errs || !errs.length) { box.hidden = true; box.replaceChildren(); box.dataset.line = ''; box.dataset.path = ''; return; }
  const text = $('policy-json').value;
  const located = errs.map((err) => {
    if (!err.line && err.path) {
      const where = locate(text, err.path);
      if (where) return { ...err, ...where };
    }
    return err;
  });
  box.replaceChildren(...located.map((err) => {
    const p = document.createElement('p');
    p.className = 'problem';
    p.dataset.line = String(err.line || '');
    p.dataset.column = String(err.column || '');
    p.dataset.path = err.path || '';
    const where = err.line ? t('optionsAt', [String(err.line), String(err.column)]) + (err.path ? ` (${err.path})` : '') : err.path;
    p.textContent = `${where ? where + ': ' : ''}${err.message}${err.hint ? `\n${err.hint}` : ''}`;
    if (err.line) {
      p.tabIndex = 0;
      p.addEventListener('click', () => caretTo(err));
      p.addEventListener('keydown', (e) => { if (e.key === 'Enter') caretTo(err); });
    }
    return p;
  }));
  box.hidden = false;
  box.dataset.count = String(located.length);
  box.dataset.line = String(located[0].line || '');
  box.dataset.path = located[0].path || '';
  if (located[0].line) caretTo(located[0]);
}

async function main() {
  await init({ module_or_path: new URL('engine/replyguard_bg.wasm', import.meta.url) });
  const status = await policyStatus();
  engine = engineFor(status.policy);
  load(engine);
  showManaged(status.source === 'managed');
  $('settings').addEventListener('submit', async (e) => {
    e.preventDefault();
    const errs = await save(fromForm());
    $('saved').textContent = errs ? errs.map((e) => e.text).join('\n') : t('optionsSaved');
  });
  $('import').addEventListener('click', async () => {
    const err = await save($('policy-json').value);
    showError(err);
    if (!err) $('saved').textContent = t('optionsImported');
  });
  $('export').addEventListener('click', () => {
    const text = JSON.stringify(engine.policy(), null, 2);
    $('policy-json').value = text;
    const a = $('download');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.hidden = false;
  });
  $('reset').addEventListener('click', async () => {
    await chrome.storage.local.remove('policy');
    engine = new Engine(undefined);
    load(engine);
    showError(null);
  });
  document.body.dataset.ready = 'true';
}

main().catch((err) => { $('policy-name').textContent = `Reply Guard could not start: ${err && err.message || err}`; });
