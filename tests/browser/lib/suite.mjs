// The end-to-end checks, written once and run in each real browser (chromium.test.mjs,
// firefox.test.mjs). Each check loads the production extension from dist/ and a fixture page
// served over HTTPS with a strict CSP under https://x.com/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EDITORS, startServer } from './server.mjs';
import { nodeEngine, waitFor } from './util.mjs';

const PAGE = 'https://x.com/reply.html';
// Contact details are a violation when tied to a person ("your email"); a bare address may be
// the practice's own, so the engine leaves it alone.
const EMAIL_REPLY = 'Thanks for visiting! Your email jane@example.org';
const REWRITTEN = 'Thanks for visiting! Please reach out directly: please contact our office directly.';

/** What our overlay shows, read from its open shadow root (runs in the page). */
function overlayState() {
  const host = document.querySelector('replyguard-overlay');
  if (!host || !host.shadowRoot) return { hosts: 0, underlines: [], status: '', dialog: null };
  const root = host.shadowRoot;
  const box = (e) => { const b = e.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2, left: b.left, right: b.right, top: b.top, bottom: b.bottom }; };
  const d = root.querySelector('[role="dialog"]');
  return {
    hosts: document.querySelectorAll('replyguard-overlay').length,
    inBody: !!host.closest('body'),
    underlines: [...root.querySelectorAll('[data-rule][data-severity]')].map((e) => ({
      rule: e.dataset.rule, severity: e.dataset.severity, start: Number(e.dataset.start), end: Number(e.dataset.end), ...box(e) })),
    status: (root.querySelector('[role="status"]') || {}).textContent || '',
    dialog: d && {
      guard: d.classList.contains('guard'),
      title: d.querySelector('h2').textContent,
      text: d.textContent,
      focused: root.activeElement ? root.activeElement.className : null,
      buttons: [...d.querySelectorAll('button')].map((btn) => ({ cls: btn.className, label: btn.textContent, ...box(btn) })),
    },
  };
}

/** The editor as the page sees it: text, markup and attributes (runs in the page). */
function editorState(sel) {
  const e = document.querySelector(sel);
  const r = e.getBoundingClientRect();
  return {
    text: 'value' in e ? e.value : e.textContent,
    html: e.innerHTML,
    attrs: [...e.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    rect: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
    focused: document.activeElement === e,
    sent: [...document.querySelectorAll('#sent li')].map((li) => li.textContent),
  };
}

async function underlined(b, rule, what) {
  return waitFor(() => b.evaluate(overlayState), (o) => o.underlines.some((u) => u.rule === rule), { what });
}

/** The background's record of the last scan it answered, read from an extension page. */
export function lastScan(b) {
  return b.inExtensionPage('popup.html', () => chrome.runtime.sendMessage({ type: 'lastFindings' }));
}

export function defineSuite(name, launch) {
  describe(name, () => {
    let server;
    let b;
    before(async () => {
      server = await startServer();
      b = await launch({ proxyPort: server.proxyPort });
    });
    after(async () => {
      if (b) await b.close().catch(() => {});
      if (server) await server.close();
    });

    test('content script sends the typed reply to the background and gets phi-contact at the UTF-16 span', async () => {
      await b.open(PAGE);
      const text = 'Thanks 😀 — your email jane@example.org';
      await b.type('#reply', text);
      const got = await waitFor(() => lastScan(b), (r) => r && r.scan && r.scan.length === text.length,
        { what: 'a scan of the whole reply' });
      const f = got.scan.findings.find((x) => x.rule === 'phi-contact');
      assert.ok(f, `phi-contact expected, got ${JSON.stringify(got.scan.findings)}`);
      const start = text.indexOf('jane@example.org');
      assert.deepEqual([f.start, f.end], [start, start + 'jane@example.org'.length]);
      assert.equal(f.severity, 'violation');
      assert.equal(got.scan.platform, 'x');
      // The page was served with a CSP that forbids WebAssembly: the engine ran in the background.
      const wasm = await waitFor(() => b.evaluate(() => document.body.dataset.wasm || ''), (v) => v !== '',
        { what: 'the page to test WebAssembly' });
      assert.equal(wasm, 'blocked', 'the fixture page must forbid WebAssembly (strict CSP)');
    });

    test('a search box is not checked', async () => {
      await b.open(PAGE);
      await b.type('#reply', 'ok');
      await waitFor(() => lastScan(b), (r) => r && r.scan && r.scan.length === 2, { what: 'scan of "ok"' });
      await b.type('#search', 'jane@example.org');
      await new Promise((r) => setTimeout(r, 600));
      const got = await lastScan(b);
      assert.equal(got.scan.length, 2, 'the search field must not be sent for checking');
    });

    test('the popup lists the policy name, "local", and every rule grouped by kind with title and severity', async () => {
      const shown = await b.inExtensionPage('popup.html', async () => {
        for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
        return {
          policy: document.getElementById('policy').textContent,
          source: document.getElementById('policy-source').textContent,
          groups: [...document.querySelectorAll('#rules section')].map((sec) => ({
            kind: sec.dataset.kind,
            heading: sec.querySelector('h3').textContent,
            rules: [...sec.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent)),
          })),
        };
      });
      const engine = nodeEngine();
      assert.equal(shown.policy, engine.policy().name);
      assert.equal(shown.policy, 'Reply Guard default (US, HIPAA)');
      assert.equal(shown.source, 'Set on this device');
      assert.deepEqual(shown.groups.map((g) => [g.kind, g.heading]),
        [['privacy', 'Patient privacy'], ['conduct', 'Professional conduct'], ['promotion', 'Promotion and reviews'], ['custom', "The practice's own"]]);
      for (const g of shown.groups) {
        assert.deepEqual(g.rules, engine.rules().filter((r) => r.kind === g.kind).map((r) => [r.id, r.title, r.severity]), `group ${g.kind}`);
      }
      assert.equal(shown.groups.reduce((n, g) => n + g.rules.length, 0), engine.rules().length, 'every rule once');
      assert.ok(shown.groups[0].rules.some(([id, , sev]) => id === 'phi-contact' && sev === 'violation'));
      assert.ok(shown.groups[1].rules.some(([id]) => id === 'dispute-blame'));
      assert.ok(shown.groups[2].rules.some(([id]) => id === 'review-incentive'));
    });

    test('the popup lists the practice\'s own names and contacts (never flagged); its text exists in English and Spanish', async () => {
      const policy = { version: 1, name: 'Smile Dental policy', practice: { name: 'Smile Dental', staff: ['Dr. Ana Ruiz'],
        phones: ['(555) 201-3300'], emails: ['hello@smiledental.example'], websites: ['https://smiledental.example'] } };
      try {
        await b.inExtensionPage('popup.html', (p) => chrome.storage.local.set({ policy: JSON.stringify(p) }), policy);
        const shown = await b.inExtensionPage('popup.html', async () => {
          for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
          return {
            name: document.getElementById('policy').textContent,
            allowed: [...document.querySelectorAll('#allowed li')].map((li) => li.textContent),
            none: !document.getElementById('allowed-none').hidden,
          };
        });
        assert.equal(shown.name, 'Smile Dental policy');
        assert.deepEqual(shown.allowed, ['Practice: Smile Dental', 'Staff: Dr. Ana Ruiz', 'Phone: (555) 201-3300',
          'Email: hello@smiledental.example', 'Web site: https://smiledental.example']);
        assert.equal(shown.none, false);
      } finally {
        await b.inExtensionPage('popup.html', () => chrome.storage.local.remove('policy'));
      }
      const empty = await b.inExtensionPage('popup.html', async () => {
        for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
        return { items: document.querySelectorAll('#allowed li').length, none: document.getElementById('allowed-none').textContent,
          shown: !document.getElementById('allowed-none').hidden };
      });
      assert.deepEqual(empty, { items: 0, none: 'No practice names or contact details set.', shown: true });
      // Every key the popup and options use exists in English and Spanish.
      const fs = await import('node:fs');
      const { ROOT } = await import('./util.mjs');
      const en = JSON.parse(fs.readFileSync(`${ROOT}/extension/_locales/en/messages.json`, 'utf8'));
      const es = JSON.parse(fs.readFileSync(`${ROOT}/extension/_locales/es/messages.json`, 'utf8'));
      const used = new Set();
      for (const f of ['popup.js', 'popup.html', 'options.js', 'options.html']) {
        const src = fs.readFileSync(`${ROOT}/extension/${f}`, 'utf8');
        for (const m of src.matchAll(/data-i18n="([a-zA-Z]+)"/g)) used.add(m[1]);
        for (const m of src.matchAll(/'((?:kind|allowed|popup|options|severity)[A-Z][a-zA-Z]+)'/g)) used.add(m[1]);
      }
      assert.ok(used.has('popupToday') && used.has('kindPrivacy') && used.has('optionsManaged'), [...used].join(' '));
      for (const k of used) {
        assert.ok(en[k], `en message ${k}`);
        assert.ok(es[k], `es message ${k}`);
      }
    });

    test('popup: warnings shown today are counted on this device, once per warning, and stored with today\'s date', async () => {
      const read = () => b.inExtensionPage('popup.html', async () => {
        for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
        const el = document.getElementById('warnings-today');
        return { count: Number(el.dataset.count), text: el.textContent, stored: (await chrome.storage.local.get('warningsToday')).warningsToday || null };
      });
      const before = await read();
      await b.open(PAGE);
      await b.type('#reply', EMAIL_REPLY);
      await underlined(b, 'phi-contact', 'the email');
      await b.type('#reply', ' Thanks');
      await waitFor(() => lastScan(b), (r) => r && r.scan && r.scan.length === EMAIL_REPLY.length + 7, { what: 'the rescan' });
      const one = await read();
      assert.equal(one.count, before.count + 1, 'the same warning in the next scan is not counted again');
      assert.equal(one.text, `Warnings shown today on this device: ${before.count + 1}`);
      const d = new Date();
      const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      assert.deepEqual(one.stored, { day: today, count: before.count + 1 });
      await b.type('#reply', ' Your cell 555-123-4567');
      await waitFor(() => b.evaluate(overlayState), (o) => o.underlines.length === 2, { what: 'the second warning' });
      assert.equal((await read()).count, before.count + 2);
      // A count from an earlier day is not today's.
      await b.inExtensionPage('popup.html', () => chrome.storage.local.set({ warningsToday: { day: '2000-01-01', count: 41 } }));
      assert.equal((await read()).count, 0);
      await b.type('#reply', ' and jane.doe@example.org');
      await waitFor(() => b.evaluate(overlayState), (o) => o.underlines.length === 3, { what: 'a third warning' });
      assert.deepEqual((await read()).stored, { day: today, count: 1 }, 'a new day starts from zero');
    });

    test('textarea: underline at the span, status, card on click, Apply rewrites exactly, typing and undo work', async () => {
      await b.open(PAGE);
      const before = await b.evaluate(editorState, '#reply');
      await b.type('#reply', EMAIL_REPLY);
      const o = await underlined(b, 'phi-contact', 'an underline on the email');
      const u = o.underlines.find((x) => x.rule === 'phi-contact');
      const start = EMAIL_REPLY.indexOf('jane@');
      assert.deepEqual([u.start, u.end, u.severity], [start, EMAIL_REPLY.length, 'violation']);
      assert.equal(o.hosts, 1);
      assert.equal(o.inBody, false, 'the overlay host hangs off <html>, outside the page body');
      assert.equal(o.status, '1 possible patient-privacy problem');
      const ed = await b.evaluate(editorState, '#reply');
      assert.equal(ed.text, EMAIL_REPLY, 'the draft is exactly what was typed');
      assert.deepEqual(ed.attrs, before.attrs, 'no attribute added to the editor');
      assert.ok(u.left > ed.rect.left + (ed.rect.right - ed.rect.left) / 4 && u.right < ed.rect.right &&
        u.top > ed.rect.top && u.bottom < ed.rect.bottom, `underline inside the field, right of its start: ${JSON.stringify([u, ed.rect])}`);

      await b.clickAt(u.x, u.y);
      const card = await waitFor(() => b.evaluate(overlayState), (x) => x.dialog, { what: 'the card' });
      assert.equal(card.dialog.title, "Patient's phone, fax or email");
      assert.match(card.dialog.text, /protected health information/);
      const applyBtn = card.dialog.buttons.find((x) => /apply/.test(x.cls));
      await b.clickAt(applyBtn.x, applyBtn.y);
      const after = await waitFor(() => b.evaluate(editorState, '#reply'), (x) => x.text !== EMAIL_REPLY, { what: 'Apply' });
      assert.equal(after.text, REWRITTEN);
      await waitFor(() => b.evaluate(overlayState), (x) => x.underlines.length === 0 && !x.dialog, { what: 'underline gone after Apply' });
      await b.type('#reply', ' Bye');
      assert.equal((await b.evaluate(editorState, '#reply')).text, REWRITTEN + ' Bye', 'typing after Apply lands after the rewrite');
      for (let i = 0; i < 8 && (await b.evaluate(editorState, '#reply')).text !== EMAIL_REPLY; i++) await b.press('Control+z');
      assert.equal((await b.evaluate(editorState, '#reply')).text, EMAIL_REPLY, 'undo brings the original reply back');
    });

    test('contenteditable: underline, card by keyboard (Alt+Shift+R), Apply by Enter, no node or attribute of ours in the editor', async () => {
      await b.open(PAGE);
      const before = await b.evaluate(editorState, '#rich');
      await b.click('#rich');
      await b.type('#rich', EMAIL_REPLY);
      const o = await underlined(b, 'phi-contact', 'an underline in the rich editor');
      const u = o.underlines.find((x) => x.rule === 'phi-contact');
      assert.deepEqual([u.start, u.end], [EMAIL_REPLY.indexOf('jane@'), EMAIL_REPLY.length]);
      const ed = await b.evaluate(editorState, '#rich');
      assert.equal(ed.text, EMAIL_REPLY);
      assert.equal(ed.html, EMAIL_REPLY, 'the editor holds only the typed text: no node of ours');
      assert.deepEqual(ed.attrs, before.attrs);

      await b.press('Alt+Shift+R');
      const card = await waitFor(() => b.evaluate(overlayState), (x) => x.dialog && x.dialog.focused, { what: 'the card with focus' });
      assert.match(card.dialog.focused, /apply/);
      await b.press('Escape');
      const closed = await waitFor(() => b.evaluate(overlayState), (x) => !x.dialog, { what: 'Escape closes the card' });
      assert.equal(closed.dialog, null);
      assert.equal((await b.evaluate(editorState, '#rich')).focused, true, 'Escape returns focus to the editor');
      await b.press('Alt+Shift+R');
      await waitFor(() => b.evaluate(overlayState), (x) => x.dialog && x.dialog.focused, { what: 'the card again' });
      await b.press('Enter');
      const after = await waitFor(() => b.evaluate(editorState, '#rich'), (x) => x.text !== EMAIL_REPLY, { what: 'Apply in the rich editor' });
      assert.equal(after.text, REWRITTEN);
      assert.deepEqual(after.sent, [], 'Enter on our Apply button is not a send');
      await waitFor(() => b.evaluate(overlayState), (x) => x.underlines.length === 0, { what: 'no underline after Apply' });
    });

    test('send guard: the send button and Enter are held while a violation remains; Review and Send anyway', async () => {
      await b.open(PAGE);
      await b.type('#reply', EMAIL_REPLY);
      await underlined(b, 'phi-contact', 'the violation');
      await b.click('#send');
      const g = await waitFor(() => b.evaluate(overlayState), (x) => x.dialog && x.dialog.guard, { what: 'the send guard' });
      assert.match(g.dialog.title, /^1 problem/);
      assert.deepEqual((await b.evaluate(editorState, '#reply')).sent, [], 'nothing sent yet');
      const anyway = g.dialog.buttons.find((x) => /send-anyway/.test(x.cls));
      await b.clickAt(anyway.x, anyway.y);
      const sent = await waitFor(() => b.evaluate(editorState, '#reply'), (x) => x.sent.length > 0, { what: 'the send to go through' });
      assert.deepEqual(sent.sent, [EMAIL_REPLY], 'sent once, with the draft intact');

      // Enter in the rich composer: held; Review opens the finding's card; Escape returns to the draft.
      await b.click('#rich');
      await b.type('#rich', 'Your cell is 555-123-4567');
      await underlined(b, 'phi-contact', 'the phone number');
      await b.press('Enter');
      const g2 = await waitFor(() => b.evaluate(overlayState), (x) => x.dialog && x.dialog.guard, { what: 'the guard on Enter' });
      assert.equal((await b.evaluate(editorState, '#rich')).text, 'Your cell is 555-123-4567', 'the draft is kept');
      assert.equal((await b.evaluate(editorState, '#reply')).sent.length, 1, 'Enter did not send');
      const review = g2.dialog.buttons.find((x) => /review/.test(x.cls));
      await b.clickAt(review.x, review.y);
      const card = await waitFor(() => b.evaluate(overlayState), (x) => x.dialog && !x.dialog.guard, { what: 'Review opens the card' });
      assert.equal(card.dialog.title, "Patient's phone, fax or email");
    });

    test('a clean reply gets no underline and is sent without a guard', async () => {
      await b.open(PAGE);
      const text = 'Thank you for the kind words, we are glad you are feeling better!';
      await b.type('#reply', text);
      await waitFor(() => lastScan(b), (r) => r && r.scan && r.scan.length === text.length, { what: 'the scan' });
      await new Promise((r) => setTimeout(r, 300));
      const o = await b.evaluate(overlayState);
      assert.deepEqual(o.underlines, []);
      assert.equal(o.status, '');
      await b.click('#send');
      const sent = await waitFor(() => b.evaluate(editorState, '#reply'), (x) => x.sent.length > 0, { what: 'the send' });
      assert.deepEqual(sent.sent, [text]);
      assert.equal((await b.evaluate(overlayState)).dialog, null);
    });

    test('options: a practice email saved in settings applies to the open tab; a bad import shows its place', async () => {
      await b.open(PAGE);
      await b.type('#reply', EMAIL_REPLY);
      await underlined(b, 'phi-contact', 'the email before the setting');
      try {
        const saved = await b.inExtensionPage('options.html', async () => {
          for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
          document.getElementById('practice-emails').value = 'jane@example.org';
          document.getElementById('practice-name').value = 'Smile Dental';
          document.getElementById('save').click();
          for (let i = 0; i < 100 && !document.getElementById('saved').textContent; i++) await new Promise((r) => setTimeout(r, 50));
          const bad = '{\n  "version": 1,\n  "name": "x",\n  "rules": {"phi-nmae": {}}\n}';
          document.getElementById('policy-json').value = bad;
          document.getElementById('import').click();
          for (let i = 0; i < 100 && document.getElementById('import-error').hidden; i++) await new Promise((r) => setTimeout(r, 50));
          const err = document.getElementById('import-error');
          return { saved: document.getElementById('saved').textContent, error: err.textContent, path: err.dataset.path,
            line: err.dataset.line, name: document.getElementById('policy-name').textContent,
            stored: (await chrome.storage.local.get('policy')).policy };
        });
        assert.equal(saved.name, 'Smile Dental policy');
        assert.equal(saved.path, 'rules.phi-nmae');
        assert.match(saved.error, /did you mean/, 'the error suggests the rule meant');
        assert.match(saved.error, /^Line 4, column \d+ \(rules\.phi-nmae\)/, `the error says where: ${saved.error}`);
        assert.equal(JSON.parse(saved.stored).practice.emails[0], 'jane@example.org', 'the bad import did not replace the saved policy');
        // The open tab rescans with the practice's own email allowed: the underline goes.
        await waitFor(() => b.evaluate(overlayState), (x) => x.underlines.length === 0, { what: 'the underline to go after the setting' });
        const popup = await b.inExtensionPage('popup.html', async () => {
          for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
          return document.getElementById('policy').textContent;
        });
        assert.equal(popup, 'Smile Dental policy');
      } finally {
        await b.inExtensionPage('options.html', () => chrome.storage.local.remove('policy'));
      }
    });

    test('options: an import with several problems shows every one at its line and column, and saves nothing', async () => {
      const bad = '{\n  "version": 1,\n  "name": "x",\n  "preset": "uk",\n  "rules": {"phi-nmae": {"severty": "caution"}},\n  "custom": {"patterns": [{"id": "mrn", "pattern": "MRN("}]}\n}';
      const shown = await b.inExtensionPage('options.html', async (text) => {
        for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
        const ta = document.getElementById('policy-json');
        ta.value = text;
        document.getElementById('import').click();
        for (let i = 0; i < 100 && document.getElementById('import-error').hidden; i++) await new Promise((r) => setTimeout(r, 50));
        const problems = [...document.querySelectorAll('#import-error .problem')];
        const caretFirst = ta.selectionStart;
        problems[3].click();
        return {
          problems: problems.map((p) => ({ line: p.dataset.line, column: p.dataset.column, path: p.dataset.path, text: p.textContent })),
          caretFirst, caretLast: ta.selectionStart,
          stored: (await chrome.storage.local.get('policy')).policy ?? null,
        };
      }, bad);
      assert.deepEqual(shown.problems.map((p) => [p.line, p.column, p.path]), [
        ['4', '13', 'preset'], ['5', '13', 'rules.phi-nmae'], ['5', '26', 'rules.phi-nmae.severty'], ['6', '52', 'custom.patterns[0].pattern']]);
      assert.match(shown.problems[0].text, /^Line 4, column 13 \(preset\): unknown variant `uk`.*\ndid you mean `uk-eu`\?$/s);
      assert.match(shown.problems[3].text, /^Line 6, column 52 \(custom\.patterns\[0\]\.pattern\): the pattern does not compile/);
      const offset = (line, col) => bad.split('\n').slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
      assert.equal(shown.caretFirst, offset(4, 13), 'the caret goes to the first problem');
      assert.equal(shown.caretLast, offset(6, 52), 'a click on a problem puts the caret at its place');
      assert.equal(shown.stored, null, 'nothing saved');
    });

    test('popup: turning the site off removes the underlines, turning it on brings them back', async () => {
      await b.open(PAGE);
      await b.type('#reply', EMAIL_REPLY);
      await underlined(b, 'phi-contact', 'the underline');
      const { scan } = await lastScan(b);
      const toggle = (on) => b.inExtensionPage(`popup.html?tab=${scan.tabId}`, async (want) => {
        for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
        const box = document.getElementById('site-on');
        const shown = { site: document.getElementById('site-name').textContent, was: box.checked, current: document.getElementById('current').textContent };
        if (box.checked !== want) box.click();
        await new Promise((r) => setTimeout(r, 200));
        return shown;
      }, on);
      const off = await toggle(false);
      assert.deepEqual([off.site, off.was], ['x.com', true]);
      assert.match(off.current, /^1 possible problem/);
      await waitFor(() => b.evaluate(overlayState), (x) => x.underlines.length === 0, { what: 'underlines gone when off' });
      await b.click('#send');
      await waitFor(() => b.evaluate(editorState, '#reply'), (x) => x.sent.length === 1, { what: 'no guard when off' });
      const on = await toggle(true);
      assert.equal(on.was, false);
      await b.click('#reply');
      await b.type('#reply', ' ');
      await underlined(b, 'phi-contact', 'underlines back when on');
    });

    test('a refused policy leaves the last good one in force, and the popup says so', async () => {
      try {
        const status = await b.inExtensionPage('popup.html', async () => {
          const ask = () => chrome.runtime.sendMessage({ type: 'policyStatus' });
          await chrome.storage.local.set({ policy: JSON.stringify({ version: 1, name: 'Clinic A' }) });
          const good = await ask();
          await chrome.storage.local.set({ policy: JSON.stringify({ version: 1, name: 'Clinic B', rules: { nope: {} } }) });
          const bad = await ask();
          return { good, bad };
        });
        assert.deepEqual([status.good.name, status.good.error], ['Clinic A', null]);
        assert.equal(status.bad.name, 'Clinic A', 'the last good policy stays in force');
        assert.equal(status.bad.error.path, 'rules.nope');
        const popup = await b.inExtensionPage('popup.html', async () => {
          for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
          return { name: document.getElementById('policy').textContent, error: document.getElementById('policy-error').textContent };
        });
        assert.equal(popup.name, 'Clinic A');
        assert.match(popup.error, /refused.*rules\.nope/s);
        await b.open(PAGE);
        await b.type('#reply', EMAIL_REPLY);
        await underlined(b, 'phi-contact', 'checking to go on under the last good policy');
      } finally {
        await b.inExtensionPage('popup.html', () => chrome.storage.local.remove(['policy', 'lastGoodPolicy']));
      }
    });

    test('service worker stopped mid-typing: the next keystroke still gets findings', { skip: name !== 'chromium' && 'Chrome-only (Firefox runs an event page)' }, async () => {
      await b.open(PAGE);
      await b.type('#reply', 'Thanks! ');
      await waitFor(() => lastScan(b), (r) => r && r.scan && r.scan.length === 8, { what: 'a first scan' });
      const cdp = await b.context.newCDPSession(b.page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await b.type('#reply', 'Your cell 555-123-4567');
      const o = await underlined(b, 'phi-contact', 'findings from the restarted worker');
      assert.deepEqual(o.underlines.map((u) => [u.start, u.end]), [[18, 30]]);
    });

    test('no network request from the extension: only the fixture site is ever contacted', { skip: name !== 'chromium' && 'Chromium: its other background traffic is switched off by flags' }, async () => {
      const from = server.log.hosts.length;
      const fromRequests = server.log.requests.length;
      await b.open(PAGE);
      await b.type('#reply', EMAIL_REPLY);
      await underlined(b, 'phi-contact', 'the underline');
      await b.inExtensionPage('popup.html', async () => {
        for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
      });
      await b.inExtensionPage('options.html', async () => {
        for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
      });
      const hosts = [...new Set(server.log.hosts.slice(from))];
      assert.ok(server.log.requests.slice(fromRequests).some((r) => r.startsWith('x.com/reply.html')), 'the page load went through the proxy');
      assert.ok(hosts.every((h) => h === 'x.com'), `hosts contacted: ${hosts}`);
      assert.deepEqual(b.pageMessages, [], 'nothing logged to the page console');
    });

    for (const kind of EDITORS) {
      test(`${kind} (real library): underline, exact text, Apply through the editor, typing after it, send guard`, async () => {
        await b.open(`https://x.com/editors/${kind}.html`);
        const sel = '#editor [contenteditable="true"]';
        await waitFor(() => b.evaluate((s) => !!document.querySelector(s), sel), (x) => x, { what: `${kind} to mount` });
        await b.click(sel);
        await b.type(sel, EMAIL_REPLY);
        const model = () => b.evaluate(() => document.getElementById('model').textContent);
        await waitFor(model, (m) => m === EMAIL_REPLY, { what: `${kind}'s model to hold the typed text` });
        const o = await underlined(b, 'phi-contact', `the underline in ${kind}`);
        const u = o.underlines.find((x) => x.rule === 'phi-contact');
        assert.deepEqual([u.start, u.end], [EMAIL_REPLY.indexOf('jane@'), EMAIL_REPLY.length]);
        const html = await b.evaluate((s) => document.querySelector(s).outerHTML, sel);
        assert.ok(!/replyguard/i.test(html), 'nothing of ours inside the editor');
        assert.equal(await model(), EMAIL_REPLY, 'the editor holds exactly what was typed');

        await b.clickAt(u.x, u.y);
        const card = await waitFor(() => b.evaluate(overlayState), (x) => x.dialog, { what: 'the card' });
        const applyBtn = card.dialog.buttons.find((x) => /apply/.test(x.cls));
        await b.clickAt(applyBtn.x, applyBtn.y);
        await waitFor(model, (m) => m === REWRITTEN, { what: `${kind} to hold the rewrite`, timeout: 4000 });
        await b.type(sel, ' Bye');
        await waitFor(model, (m) => m === REWRITTEN + ' Bye', { what: `typing after Apply in ${kind}`, timeout: 4000 });
        await waitFor(() => b.evaluate(overlayState), (x) => x.underlines.length === 0, { what: 'no underline after Apply' });

        await b.type(sel, ' Your cell 555-123-4567');
        await underlined(b, 'phi-contact', 'a new violation');
        await b.click('#send');
        await waitFor(() => b.evaluate(overlayState), (x) => x.dialog && x.dialog.guard, { what: 'the send guard' });
        assert.deepEqual(await b.evaluate(() => [...document.querySelectorAll('#sent li')].length), 0, 'not sent');
      });
    }

    test('a composer inside an open shadow root is checked and underlined', async () => {
      await b.open('https://x.com/shadow.html');
      await waitFor(() => b.evaluate(() => !!document.querySelector('fixture-composer').shadowRoot), (x) => x, { what: 'the composer' });
      const r = await b.evaluate(() => { const e = document.querySelector('fixture-composer').shadowRoot.getElementById('inner').getBoundingClientRect(); return { x: e.left + 20, y: e.top + 20 }; });
      await b.clickAt(r.x, r.y);
      await b.typeFocused(EMAIL_REPLY);
      const o = await underlined(b, 'phi-contact', 'the underline in the shadow-root composer');
      const u = o.underlines.find((x) => x.rule === 'phi-contact');
      assert.deepEqual([u.start, u.end], [EMAIL_REPLY.indexOf('jane@'), EMAIL_REPLY.length]);
      assert.equal(await b.evaluate(() => document.querySelector('fixture-composer').shadowRoot.getElementById('inner').innerHTML), EMAIL_REPLY);
      const inner = await b.evaluate(() => { const e = document.querySelector('fixture-composer').shadowRoot.querySelector('button').getBoundingClientRect(); return { x: e.left + 5, y: e.top + 5 }; });
      await b.clickAt(inner.x, inner.y);
      await waitFor(() => b.evaluate(overlayState), (x) => x.dialog && x.dialog.guard, { what: 'the guard on the shadow composer\'s button' });
      assert.equal(await b.evaluate(() => document.querySelectorAll('#sent li').length), 0);
    });

    test('a composer inside an iframe is checked (the content script runs in every frame)', async () => {
      await b.open('https://x.com/iframe.html');
      const inFrame = await b.enterFrame('#frame');
      try {
        await waitFor(() => b.evaluate(() => !!document.getElementById('reply')), (x) => x, { what: 'the frame' });
        await b.type('#reply', EMAIL_REPLY);
        const o = await underlined(b, 'phi-contact', 'the underline inside the frame');
        assert.equal(o.underlines[0].start, EMAIL_REPLY.indexOf('jane@'));
      } finally {
        await inFrame.leave();
      }
    });
  });
}
