// Firefox ESR with the production extension from dist/firefox, driven by selenium-webdriver and
// geckodriver. The extension's UUID is pinned so its pages have a known moz-extension:// address.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Builder } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';

export const GECKO_ID = 'replyguard@replyguard.app';
const UUID = '5f3c0e9a-7a52-4c1e-9a55-6d0c2b1e7f10';
// Lets release builds honour the services.settings.server pref set below (geckodriver and the
// Firefox it starts inherit this process's environment).
process.env.MOZ_REMOTE_SETTINGS_DEVTOOLS = '1';

function which(names) {
  for (const dir of (process.env.PATH || '').split(':')) {
    for (const n of names) {
      const p = `${dir}/${n}`;
      if (fs.existsSync(p)) return p;
    }
  }
  return null;
}

/**
 * A private copy of the Firefox install directory for one run: every file is a symbolic link to
 * the real one except the program itself (copied, so that Firefox finds its directory here) and
 * `distribution/`, which holds this run's `policies.json`. Firefox reads policies.json only from
 * its own install directory (or /etc/firefox*), and the real one is shared by every run on the
 * machine, so a test must not write there. Returns the path of the copied program.
 */
function privateInstall(binary, policies) {
  const real = fs.realpathSync(binary);
  const installDir = path.dirname(real);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-firefox-install-'));
  for (const name of fs.readdirSync(installDir)) {
    const from = path.join(installDir, name);
    if (name === 'distribution') continue;
    if (from === real) fs.copyFileSync(from, path.join(dir, name));
    else fs.symlinkSync(fs.realpathSync(from), path.join(dir, name));
  }
  fs.mkdirSync(path.join(dir, 'distribution'));
  fs.writeFileSync(path.join(dir, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  fs.chmodSync(path.join(dir, path.basename(real)), 0o755);
  return { binary: path.join(dir, path.basename(real)), dir, policiesFile: path.join(dir, 'distribution', 'policies.json') };
}

/**
 * `managed`: storage.managed values for the extension, pushed through this run's own
 * policies.json (`3rdparty.Extensions.<gecko id>`). `prefs`: extra preferences.
 */
export async function launchFirefox({ extDir, proxyPort, managed, prefs = {} }) {
  const installed = process.env.FIREFOX || which(['firefox-esr', 'firefox']);
  const install = managed === undefined || !installed ? null
    : privateInstall(installed, { '3rdparty': { Extensions: { [GECKO_ID]: managed } } });
  const binary = install ? install.binary : installed;
  const gecko = process.env.GECKODRIVER || which(['geckodriver']) ||
    (fs.existsSync(`${process.env.HOME}/.cargo/bin/geckodriver`) ? `${process.env.HOME}/.cargo/bin/geckodriver` : null);
  if (!binary) throw new Error('Firefox not found: apt-get install firefox-esr (or set FIREFOX=)');
  if (!gecko) throw new Error('geckodriver not found: cargo install geckodriver (or set GECKODRIVER=)');

  const options = new firefox.Options()
    .setBinary(binary)
    .addArguments('-headless')
    .setAcceptInsecureCerts(true)
    .setPreference('extensions.webextensions.uuids', JSON.stringify({ [GECKO_ID]: UUID }))
    // Firefox's own background calls (remote settings, blocklist, safe browsing, add-on metadata,
    // plugins, region, DoH), so that the no-network test sees only what the pages and the
    // extension do, as Chromium's flags do there.
    .setPreference('services.settings.server', 'data:,#remote-settings-dummy/v1')
    .setPreference('extensions.blocklist.enabled', false)
    .setPreference('extensions.getAddons.cache.enabled', false)
    .setPreference('extensions.systemAddon.update.enabled', false)
    .setPreference('browser.safebrowsing.malware.enabled', false)
    .setPreference('browser.safebrowsing.phishing.enabled', false)
    .setPreference('browser.safebrowsing.blockedURIs.enabled', false)
    .setPreference('browser.safebrowsing.downloads.enabled', false)
    .setPreference('browser.safebrowsing.provider.mozilla.updateURL', '')
    .setPreference('media.gmp-manager.updateEnabled', false)
    .setPreference('browser.region.update.enabled', false)
    .setPreference('browser.region.network.url', '')
    .setPreference('browser.search.update', false)
    .setPreference('network.trr.mode', 5)
    .setPreference('security.remote_settings.crlite_filters.enabled', false)
    .setPreference('security.remote_settings.intermediates.enabled', false)
    .setPreference('security.OCSP.enabled', 0)
    .setPreference('network.proxy.type', 1)
    .setPreference('network.proxy.ssl', '127.0.0.1')
    .setPreference('network.proxy.ssl_port', proxyPort)
    .setPreference('network.proxy.http', '127.0.0.1')
    .setPreference('network.proxy.http_port', proxyPort)
    .setPreference('network.proxy.no_proxies_on', '')
    .setPreference('network.captive-portal-service.enabled', false)
    .setPreference('network.connectivity-service.enabled', false)
    .setPreference('browser.safebrowsing.update.enabled', false)
    .setPreference('app.update.enabled', false)
    .setPreference('datareporting.policy.dataSubmissionEnabled', false)
    .setPreference('toolkit.telemetry.enabled', false)
    .setPreference('extensions.update.enabled', false);
  for (const [k, v] of Object.entries(prefs)) options.setPreference(k, v);
  const service = new firefox.ServiceBuilder(gecko).addArguments('--allow-system-access');
  let driver;
  try {
    driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options)
      .setFirefoxService(service).build();
  } catch (e) {
    if (install) fs.rmSync(install.dir, { recursive: true, force: true });
    throw e;
  }
  await driver.manage().setTimeouts({ script: 20000, pageLoad: 20000 });
  await driver.installAddon(extDir, true);
  // Loads and scripts are not timed by the tests; a busy shared machine can be slow.
  await driver.manage().setTimeouts({ script: 60000, pageLoad: 90000 });
  const extBase = `moz-extension://${UUID}/`;

  /** Runs fn(arg) in the current page (it may return a promise) and returns its result. */
  async function evaluate(fn, arg) {
    const out = await driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
         .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));`,
      arg === undefined ? null : arg);
    if (out && 'err' in out) throw new Error(out.err);
    return out ? out.ok : out;
  }
  const el = (selector) => driver.findElement({ css: selector });

  return {
    name: 'firefox',
    extBase,
    driver,
    pageMessages: [],
    async open(url) { await driver.get(url); },
    evaluate,
    /**
     * Types into the field as a user would. WebDriver's element typing is only used to focus it
     * (caret at the end); the keys go through the keyboard, because per-element typing loses
     * keystrokes in editors that redraw their text (Lexical).
     */
    async type(selector, text) {
      const focused = await evaluate((s) => { const e = document.querySelector(s); return e === document.activeElement || e.contains(document.activeElement); }, selector);
      if (!focused) await el(selector).sendKeys('');
      await driver.actions().sendKeys(text).perform();
    },
    async focus(selector) { await evaluate((s) => document.querySelector(s).focus(), selector); },
    /** Presses a key or a chord like "Control+z" or "Alt+Shift+R". */
    async press(chord) {
      const { Key } = await import('selenium-webdriver');
      const names = { Enter: Key.ENTER, Escape: Key.ESCAPE, Tab: Key.TAB, Backspace: Key.BACK_SPACE,
        Control: Key.CONTROL, Shift: Key.SHIFT, Alt: Key.ALT, Meta: Key.META };
      const parts = chord.split('+').map((k) => names[k] || k);
      const key = parts.pop();
      let a = driver.actions();
      for (const m of parts) a = a.keyDown(m);
      a = a.sendKeys(key);
      for (const m of parts.reverse()) a = a.keyUp(m);
      await a.perform();
    },
    async click(selector) { await el(selector).click(); },
    async typeFocused(text) { await driver.actions().sendKeys(text).perform(); },
    /** Switches WebDriver into an iframe until leave(). */
    async enterFrame(selector) {
      await driver.switchTo().frame(await el(selector));
      return { leave: () => driver.switchTo().defaultContent() };
    },
    async clickAt(x, y) {
      await driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: 'viewport' }).click().perform();
    },
    async inExtensionPage(file, fn, arg) {
      const original = await driver.getWindowHandle();
      await driver.switchTo().newWindow('tab');
      try {
        await driver.get(extBase + file);
        return await evaluate(fn, arg);
      } finally {
        await driver.close();
        await driver.switchTo().window(original);
      }
    },
    /** This run's policies.json (managed launches only). */
    policiesFile: install ? install.policiesFile : null,
    /** Opens an extension page in a new tab and keeps it open: real (trusted) clicks, then close(). */
    async openExtensionTab(file) {
      const original = await driver.getWindowHandle();
      await driver.switchTo().newWindow('tab');
      await driver.get(extBase + file);
      const handle = await driver.getWindowHandle();
      await driver.switchTo().window(original);
      const inTab = async (fn) => {
        await driver.switchTo().window(handle);
        try { return await fn(); } finally { await driver.switchTo().window(original); }
      };
      return {
        evaluate: (fn, arg) => inTab(() => evaluate(fn, arg)),
        click: (sel) => inTab(() => el(sel).click()),
        async close() { await driver.switchTo().window(handle); await driver.close(); await driver.switchTo().window(original); },
      };
    },
    async close() {
      try { await driver.quit(); } finally { if (install) fs.rmSync(install.dir, { recursive: true, force: true }); }
    },
  };
}
