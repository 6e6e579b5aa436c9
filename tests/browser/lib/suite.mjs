// The end-to-end checks, written once and run in each real browser (chromium.test.mjs,
// firefox.test.mjs). Each check loads the production extension from dist/ and a fixture page
// served over HTTPS with a strict CSP under https://x.com/.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer } from './server.mjs';
import { nodeEngine, waitFor } from './util.mjs';

const PAGE = 'https://x.com/reply.html';

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
      const text = 'Thanks 😀 — write to jane@example.org';
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

    test('the popup lists the policy name and every rule with title and severity', async () => {
      const shown = await b.inExtensionPage('popup.html', async () => {
        for (let i = 0; i < 100 && !document.querySelector('#rules tbody tr'); i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
        return {
          policy: document.getElementById('policy').textContent,
          rules: [...document.querySelectorAll('#rules tbody tr')].map((tr) => [...tr.cells].map((c) => c.textContent)),
        };
      });
      const engine = nodeEngine();
      assert.equal(shown.policy, engine.policy().name);
      assert.equal(shown.policy, 'Reply Guard default (US, HIPAA)');
      assert.deepEqual(shown.rules, engine.rules().map((r) => [r.id, r.title, r.severity]));
      assert.ok(shown.rules.some(([id, , sev]) => id === 'phi-contact' && sev === 'violation'));
    });
  });
}
