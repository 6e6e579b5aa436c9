// Chromium with the production extension from dist/chrome, driven by playwright-core.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

function chromiumBinary() {
  for (const p of [process.env.CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium']) {
    if (p && fs.existsSync(p)) return p;
  }
  throw new Error('Chromium not found: apt-get install chromium (or set CHROMIUM=/path/to/chromium)');
}

/**
 * The id Chromium gives an unpacked extension: sha256 of its absolute path, the first 32 hex
 * digits written with the letters a-p instead of 0-f.
 */
export function unpackedExtensionId(extDir) {
  const hex = crypto.createHash('sha256').update(fs.realpathSync(extDir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Where Chromium on Linux reads managed policy files (every *.json in it). */
export const CHROMIUM_POLICY_DIR = process.env.CHROMIUM_POLICY_DIR || '/etc/chromium/policies/managed';

/**
 * Writes a managed policy file carrying `managed` as this extension's storage.managed values,
 * under a name unique to this run; returns its path. The extension id is derived from the
 * dist path, so Chromium runs from other checkouts are not affected by the file.
 */
export function writeManagedPolicy(extDir, managed) {
  const id = unpackedExtensionId(extDir);
  fs.mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  // A file left by a run of this checkout that was killed before its clean-up.
  for (const f of fs.readdirSync(CHROMIUM_POLICY_DIR)) {
    const m = f.match(/^replyguard-test-([a-p]{32})-(\d+)\.json$/);
    if (!m || m[1] !== id) continue;
    let alive = true;
    try { process.kill(Number(m[2]), 0); } catch (_e) { alive = false; }
    if (!alive) fs.rmSync(path.join(CHROMIUM_POLICY_DIR, f), { force: true });
  }
  const file = path.join(CHROMIUM_POLICY_DIR, `replyguard-test-${id}-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [id]: managed } } }, null, 2));
  fs.chmodSync(file, 0o644);
  return file;
}

/**
 * `managed`: storage.managed values pushed as a managed policy file for this run (removed on
 * close; `setManaged(v)` rewrites it while the browser runs).
 */
export async function launchChromium({ extDir, proxyPort, headless = true, managed }) {
  const policyFile = managed === undefined ? null : writeManagedPolicy(extDir, managed);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-chromium-'));
  const launched = chromium.launchPersistentContext(profile, {
    executablePath: chromiumBinary(),
    headless,
    viewport: { width: 1100, height: 760 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
      `--proxy-server=http://127.0.0.1:${proxyPort}`, '--ignore-certificate-errors',
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
      // The browser's own calls home, so that the no-network test sees only what the extension does.
      '--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate',
      // Chromium 156 calls accounts.google.com every few seconds after start-up (also with no
      // extension loaded); point its account service at a closed local port instead.
      '--gaia-url=https://127.0.0.1:9',
      // --disable-component-update still leaves a few components registered, and the component
      // updater checks them about 60 s after start-up (update.googleapis.com, seen at the proxy
      // by the no-network tests in 2 of 9 runs). Point it at the same closed local port.
      '--component-updater=url-source=https://127.0.0.1:9',
    ],
  });
  const context = await launched.catch((e) => { if (policyFile) fs.rmSync(policyFile, { force: true }); throw e; });
  let [worker] = context.serviceWorkers();
  if (!worker) {
    // No worker: the extension did not load. Close the browser, or it outlives the test run.
    worker = await context.waitForEvent('serviceworker', { timeout: 15000 }).catch(async (e) => {
      await context.close().catch(() => {});
      if (policyFile) fs.rmSync(policyFile, { force: true });
      fs.rmSync(profile, { recursive: true, force: true });
      throw e;
    });
  }
  const extBase = new URL('/', worker.url()).href;
  const page = context.pages()[0] || await context.newPage();
  // Loads are not timed by the tests; a busy shared machine can take more than Playwright's 30 s.
  context.setDefaultNavigationTimeout(90000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => errors.push(`console.${m.type()}: ${m.text()}`));

  return {
    name: 'chromium',
    extBase,
    context,
    worker,
    page,
    /** Messages the page's console or errors received (the extension must add none). */
    pageMessages: errors,
    async open(url) { await page.goto(url, { waitUntil: 'load' }); },
    evaluate(fn, arg) { return page.evaluate(fn, arg); },
    async type(selector, text) { await page.locator(selector).pressSequentially(text, { delay: 5 }); },
    async focus(selector) { await page.focus(selector); },
    async typeFocused(text) { await page.keyboard.type(text, { delay: 5 }); },
    /** Points evaluate/type at an iframe's document until leave(). */
    async enterFrame(selector) {
      const frame = await (await page.$(selector)).contentFrame();
      const saved = { evaluate: this.evaluate, type: this.type };
      this.evaluate = (fn, arg) => frame.evaluate(fn, arg);
      this.type = (sel, text) => frame.locator(sel).pressSequentially(text, { delay: 5 });
      return { leave: async () => Object.assign(this, saved) };
    },
    async press(key) { await page.keyboard.press(key); },
    async click(selector) { await page.click(selector); },
    async clickAt(x, y) { await page.mouse.click(x, y); },
    /** Opens an extension page in its own tab, runs fn there, closes it. */
    async inExtensionPage(file, fn, arg) {
      const p = await context.newPage();
      try {
        await p.goto(extBase + file, { waitUntil: 'load' });
        return await p.evaluate(fn, arg);
      } finally {
        await p.close();
      }
    },
    /** The extension's id as computed from its path (the managed policy file is keyed by it). */
    expectedId: unpackedExtensionId(extDir),
    policyFile,
    /** Rewrites this run's managed policy file (Chromium re-reads the directory while it runs). */
    setManaged(v) {
      if (!policyFile) throw new Error('launch with `managed` to change it');
      const id = unpackedExtensionId(extDir);
      fs.writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [id]: v } } }, null, 2));
    },
    /** Opens an extension page in its own tab and keeps it open: real clicks, then close(). */
    async openExtensionTab(file) {
      const p = await context.newPage();
      await p.goto(extBase + file, { waitUntil: 'load' });
      return { evaluate: (fn, arg) => p.evaluate(fn, arg), click: (sel) => p.click(sel), close: () => p.close() };
    },
    async close() {
      try {
        await context.close();
      } finally {
        if (policyFile) fs.rmSync(policyFile, { force: true });
        fs.rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
