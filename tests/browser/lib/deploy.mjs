// End-to-end checks of how a practice deploys Reply Guard, run in each real browser
// (chromium.test.mjs, firefox.test.mjs), each group with its own browser:
// - a managed policy pushed the way IT pushes it (Chromium: a JSON file in
//   /etc/chromium/policies/managed/ keyed by the extension id; Firefox: policies.json in the
//   distribution directory of a private copy of its install directory) reaches the engine, wins
//   over the local policy, cannot be edited, and a broken one keeps the last good policy;
// - a site outside the listed ones is turned on from the popup (optional host permission, then
//   content scripts registered for that origin).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SITE_HOSTS, startServer } from './server.mjs';
import { ROOT, waitFor } from './util.mjs';

const PAGE = 'https://x.com/reply.html';
/** A review site that is not in the manifest's list (the fixture server serves it too). */
const OTHER_SITE = 'www.zocdoc.com';
if (!SITE_HOSTS.includes(OTHER_SITE)) SITE_HOSTS.push(OTHER_SITE);

/** The fenced ```json blocks of docs/policy.md, parsed. */
function docJsonBlocks() {
  const doc = fs.readFileSync(path.join(ROOT, 'docs', 'policy.md'), 'utf8');
  return [...doc.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => JSON.parse(m[1]));
}
/** The doc's Chromium policy file and Firefox policies.json: the tests push exactly these. */
export const DOC_CHROMIUM_FILE = docJsonBlocks().find((b) => b['3rdparty']);
export const DOC_FIREFOX_FILE = docJsonBlocks().find((b) => b.policies);
/** The policy IT pushes (the doc's example practice): its own phone, crisis speculation off, a chart-number pattern. */
export const MANAGED = DOC_CHROMIUM_FILE['3rdparty'].extensions['<extension-id>'].policy;
/** Valid for Chrome's schema (rules are keyed freely) but refused by the engine. */
const BROKEN = { ...MANAGED, name: 'Broken push', rules: { ...MANAGED.rules, 'phi-nmae': { enabled: false } } };

// Under the default policy: crisis-speculation on "Word is", rel-confirm, phi-contact on the
// phone and on the email, phi-idnum on the chart number. Under MANAGED crisis speculation is off,
// the phone is the practice's own, and the chart number is also the practice's pattern.
const MIXED = 'Word is the shooter was a former patient. Your cell is 555-201-3300, chart EFD-123456, email jane@example.org';
const PHONE = [MIXED.indexOf('555-201'), MIXED.indexOf('555-201') + 12];
const CHART = [MIXED.indexOf('EFD-'), MIXED.indexOf('EFD-') + 10];
const EMAIL = [MIXED.indexOf('jane@'), MIXED.length];
const at = (u, [s, e]) => u.start === s && u.end === e;

function underlines() {
  const host = document.querySelector('replyguard-overlay');
  if (!host || !host.shadowRoot) return [];
  return [...host.shadowRoot.querySelectorAll('[data-rule][data-severity]')]
    .map((e) => ({ rule: e.dataset.rule, start: Number(e.dataset.start), end: Number(e.dataset.end) }));
}

async function waitReady() {
  for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
}

/** What the popup shows about the policy (runs in popup.html). */
async function popupPolicy() {
  for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
  const err = document.getElementById('policy-error');
  return {
    name: document.getElementById('policy').textContent,
    source: document.getElementById('policy-source').dataset.source,
    sourceText: document.getElementById('policy-source').textContent,
    error: err.hidden ? '' : err.textContent,
    allowed: [...document.querySelectorAll('#allowed li .value')].map((e) => e.textContent),
    disabled: [...document.querySelectorAll('#rules tr.disabled')].map((tr) => tr.dataset.rule),
  };
}

/** What the options page lets the user do (runs in options.html). */
async function optionsState() {
  for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
  const note = document.getElementById('managed-note');
  return {
    note: note.hidden ? '' : note.textContent,
    name: document.getElementById('policy-name').textContent,
    practiceReadOnly: document.getElementById('practice-name').readOnly,
    staffReadOnly: document.getElementById('practice-staff').readOnly,
    jsonReadOnly: document.getElementById('policy-json').readOnly,
    selectsDisabled: [...document.querySelectorAll('#rules select')].every((s) => s.disabled),
    save: document.getElementById('save').disabled,
    import: document.getElementById('import').disabled,
    reset: document.getElementById('reset').disabled,
    export: document.getElementById('export').disabled,
  };
}

export function defineDeploySuites(name, launch) {
  describe(`${name}: managed policy`, () => {
    let server;
    let b;
    before(async () => {
      server = await startServer();
      b = await launch({ proxyPort: server.proxyPort, managed: { policy: MANAGED } });
    });
    after(async () => {
      if (b) await b.close().catch(() => {});
      if (server) await server.close();
    });

    test('the extension loads with its managed_schema and storage.managed holds the pushed policy', async () => {
      if (name === 'chromium') {
        // The policy file is keyed by the id computed from the dist path: it must be the one
        // Chromium gave the extension, or the test would push policy to nobody.
        assert.equal(new URL(b.extBase).host, b.expectedId);
        // The file pushed is docs/policy.md's Linux example with the id filled in.
        const doc = JSON.parse(JSON.stringify(DOC_CHROMIUM_FILE).replace('<extension-id>', b.expectedId));
        assert.deepEqual(JSON.parse(fs.readFileSync(b.policyFile, 'utf8')), doc);
      } else {
        // The policies.json pushed is docs/policy.md's Firefox example.
        assert.deepEqual(JSON.parse(fs.readFileSync(b.policiesFile, 'utf8')), DOC_FIREFOX_FILE);
      }
      const got = await b.inExtensionPage('popup.html', async () => ({
        schema: chrome.runtime.getManifest().storage?.managed_schema ?? null,
        managed: (await chrome.storage.managed.get('policy')).policy,
      }));
      if (name === 'chromium') assert.equal(got.schema, 'managed_schema.json', 'Chrome loaded the manifest with the schema');
      assert.deepEqual(got.managed, MANAGED);
    });

    test('the popup says managed and shows the managed policy, even with a local policy saved', async () => {
      try {
        await b.inExtensionPage('popup.html', () => chrome.storage.local.set({ policy: JSON.stringify({ version: 1, name: 'Local policy' }) }));
        const shown = await b.inExtensionPage('popup.html', popupPolicy);
        assert.equal(shown.name, MANAGED.name);
        assert.equal(shown.source, 'managed');
        assert.equal(shown.sourceText, 'Managed by your organisation');
        assert.equal(shown.error, '');
        assert.deepEqual(shown.allowed, ['Example Family Dental', 'Dr. Anita Patel', 'Dr. James Lee', 'Maria Gomez',
          '(555) 201-3300', '(555) 201-3399', 'frontdesk@examplefamilydental.com', '1200 Main Street, Springfield',
          'https://examplefamilydental.com', '@ExampleFamilyDental']);
        assert.deepEqual(shown.disabled, ['crisis-speculation']);
      } finally {
        await b.inExtensionPage('popup.html', () => chrome.storage.local.remove('policy'));
      }
    });

    test('the managed policy reaches the engine: its pattern is underlined, a rule it turns off and its own phone are not', async () => {
      await b.open(PAGE);
      await b.type('#reply', MIXED);
      const got = await waitFor(() => b.evaluate(underlines), (u) => u.some((x) => at(x, EMAIL)) && u.some((x) => x.rule === 'practice-chart-number'),
        { what: 'the email and chart-number underlines' });
      assert.ok(got.some((u) => u.rule === 'practice-chart-number' && at(u, CHART)), 'the managed policy\'s own pattern');
      assert.ok(got.some((u) => u.rule === 'phi-contact' && at(u, EMAIL)));
      assert.ok(!got.some((u) => u.rule === 'crisis-speculation'), 'crisis speculation is off in the managed policy');
      assert.ok(!got.some((u) => at(u, PHONE)), 'the practice\'s own phone is not flagged');
    });

    test('the options page is read-only under a managed policy and says who manages it', async () => {
      const o = await b.inExtensionPage('options.html', optionsState);
      assert.match(o.note, /managed by your organisation's IT administrator/);
      assert.equal(o.name, MANAGED.name);
      assert.deepEqual([o.practiceReadOnly, o.staffReadOnly, o.jsonReadOnly, o.selectsDisabled], [true, true, true, true]);
      assert.deepEqual([o.save, o.import, o.reset, o.export], [true, true, true, false], 'only export stays');
    });

    test('a broken managed policy pushed while the browser runs keeps the last good one; the popup says why',
      { skip: name !== 'chromium' && 'Firefox reads policies.json only when it starts (the next group starts it with a broken one)' },
      async () => {
        try {
          b.setManaged({ policy: BROKEN });
          // Chromium re-reads its policy directory after the files settle (about 5 s).
          const status = await waitFor(() => b.inExtensionPage('popup.html', () => chrome.runtime.sendMessage({ type: 'policyStatus' })),
            (s) => s && s.error, { what: 'the broken policy to arrive', timeout: 40000, every: 1000 });
          assert.equal(status.error.path, 'rules.phi-nmae');
          assert.equal(status.name, MANAGED.name, 'the last good managed policy stays in force');
          const shown = await b.inExtensionPage('popup.html', popupPolicy);
          assert.equal(shown.name, MANAGED.name);
          assert.match(shown.error, /organisation was refused.*rules\.phi-nmae.*did you mean `phi-name`/s);
          await b.open(PAGE);
          await b.type('#reply', MIXED);
          const got = await waitFor(() => b.evaluate(underlines), (u) => u.some((x) => x.rule === 'practice-chart-number'),
            { what: 'the managed pattern\'s underline' });
          assert.ok(!got.some((u) => u.rule === 'crisis-speculation' || at(u, PHONE)), 'still the managed policy');
        } finally {
          b.setManaged({ policy: MANAGED });
        }
      });
  });

  describe(`${name}: an invalid managed_schema`, () => {
    test('stops Chrome loading the extension (so the suites above prove ours is valid)',
      { skip: name !== 'chromium' && 'Firefox does not read storage.managed_schema (it takes policies.json as given)' },
      async () => {
        const os = await import('node:os');
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-badschema-'));
        try {
          fs.cpSync(path.join(ROOT, 'dist', 'chrome'), copy, { recursive: true });
          const schema = JSON.parse(fs.readFileSync(path.join(copy, 'managed_schema.json'), 'utf8'));
          schema.properties.policy.type = 'dictionary'; // not a type Chrome's schema format knows
          fs.writeFileSync(path.join(copy, 'managed_schema.json'), JSON.stringify(schema));
          let loaded = null;
          const b = await launch({ extDir: copy, proxyPort: 9 }).catch((e) => { loaded = String(e); return null; });
          if (b) await b.close();
          assert.ok(!b, 'the extension must not load with an invalid schema');
          assert.match(loaded, /serviceworker/, 'no service worker started');
        } finally {
          fs.rmSync(copy, { recursive: true, force: true });
        }
      });
  });

  describe(`${name}: broken managed policy at start`, () => {
    let server;
    let b;
    before(async () => {
      server = await startServer();
      b = await launch({ proxyPort: server.proxyPort, managed: { policy: BROKEN } });
    });
    after(async () => {
      if (b) await b.close().catch(() => {});
      if (server) await server.close();
    });

    test('a broken managed policy is refused with its reason; the last good policy (the default) stays in force', async () => {
      const shown = await b.inExtensionPage('popup.html', popupPolicy);
      assert.equal(shown.name, 'Reply Guard default (US, HIPAA)');
      assert.equal(shown.source, 'managed');
      assert.match(shown.error, /^The policy from your organisation was refused; the last good one is in force: .*rules\.phi-nmae/s);
      await b.open(PAGE);
      await b.type('#reply', MIXED);
      const got = await waitFor(() => b.evaluate(underlines), (u) => u.some((x) => x.rule === 'crisis-speculation') && u.some((x) => at(x, PHONE)),
        { what: 'the default policy\'s underlines' });
      assert.ok(!got.some((u) => u.rule === 'practice-chart-number'), 'nothing of the refused policy applies');
      const o = await b.inExtensionPage('options.html', optionsState);
      assert.equal(o.import, true, 'the user cannot replace a policy IT manages, even a broken one');
    });
  });

  describe(`${name}: turning Reply Guard on for another site`, () => {
    let server;
    let b;
    before(async () => {
      server = await startServer();
      // Firefox: grant optional permissions without its prompt (a test cannot click it).
      b = await launch({ proxyPort: server.proxyPort, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    });
    after(async () => {
      if (b) await b.close().catch(() => {});
      if (server) await server.close();
    });

    test('outside the listed sites nothing is checked until the user turns the site on from the popup', async () => {
      const origin = `https://${OTHER_SITE}`;
      await b.open(`${origin}/reply.html`);
      await b.type('#reply', 'Your cell 555-123-4567');
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(await b.evaluate(underlines), [], 'no content script on a site not turned on');
      assert.equal(await b.evaluate(() => document.querySelectorAll('replyguard-overlay').length), 0);
      // The fixture page is the window's first tab (the launchers open it first).
      const tabId = await b.inExtensionPage('popup.html', async () =>
        (await chrome.tabs.query({ currentWindow: true })).sort((a, c) => a.index - c.index)[0].id);
      const popup = await b.openExtensionTab(`popup.html?tab=${tabId}&origin=${encodeURIComponent(origin)}`);
      try {
        const offer = await popup.evaluate(async () => {
          for (let i = 0; i < 100 && document.body.dataset.ready !== 'true'; i++) await new Promise((r) => setTimeout(r, 50));
          return { siteRow: !document.getElementById('site-row').hidden, add: !document.getElementById('site-add-row').hidden,
            label: document.getElementById('site-add').textContent, origin: document.getElementById('site-add-origin').textContent };
        });
        assert.deepEqual(offer, { siteRow: false, add: true, label: 'Turn on Reply Guard for this site', origin });
        // A listed site is never registered a second time (its page would get the scripts twice).
        const listed = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'enableSite', origin: 'https://x.com' }));
        assert.equal(listed.error, 'this site is checked already; reload its page');

        if (name === 'chromium') {
          // Chromium shows its permission prompt for chrome.permissions.request, and no switch
          // accepts it in a headless test; what can be checked is that nothing is registered
          // without the permission.
          const r = await popup.evaluate((o) => chrome.runtime.sendMessage({ type: 'enableSite', origin: o }), origin);
          assert.equal(r.error, 'permission not granted');
          assert.deepEqual(await popup.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
          return;
        }
        await popup.click('#site-add');
        const status = await waitFor(() => popup.evaluate(() => document.getElementById('site-add-status').textContent),
          (s) => s !== '', { what: 'the site to be turned on' });
        assert.equal(status, 'Reply Guard is on for this site.');
        const reg = await popup.evaluate(async (o) => ({
          has: await chrome.permissions.contains({ origins: [`${o}/*`] }),
          scripts: (await chrome.scripting.getRegisteredContentScripts()).map((s) => [s.id, s.matches]),
        }), origin);
        assert.deepEqual(reg, { has: true, scripts: [[`site:${origin}`, [`${origin}/*`]]] });
      } finally {
        await popup.close();
      }
      // The open tab is checked at once (the scripts were run in it), and again after a reload.
      await b.click('#reply');
      await b.type('#reply', ' ');
      // Scans run while typing, so wait for the answer for the whole number.
      const whole = (u) => u.some((x) => x.start === 10 && x.end === 22);
      const first = await waitFor(() => b.evaluate(underlines), whole, { what: 'an underline in the open tab' });
      assert.deepEqual(first, [{ rule: 'phi-contact', start: 10, end: 22 }]);
      await b.open(`${origin}/reply.html`);
      await b.type('#reply', 'Your cell 555-123-4567');
      const again = await waitFor(() => b.evaluate(underlines), whole, { what: 'an underline after a reload' });
      assert.deepEqual(again, [{ rule: 'phi-contact', start: 10, end: 22 }]);
      // Taking the permission back ends the registration.
      const left = await b.inExtensionPage('popup.html', async (o) => {
        await chrome.permissions.remove({ origins: [`${o}/*`] });
        for (let i = 0; i < 50 && (await chrome.scripting.getRegisteredContentScripts()).length; i++) await new Promise((r) => setTimeout(r, 100));
        return (await chrome.scripting.getRegisteredContentScripts()).length;
      }, origin);
      assert.equal(left, 0);
    });
  });
}
