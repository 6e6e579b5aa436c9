// Chromium with the production extension from dist/chrome, driven by playwright-core.
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

export async function launchChromium({ extDir, proxyPort, headless = true }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
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
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
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
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
