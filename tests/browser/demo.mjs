// `./build.sh demo`: Reply Guard working on a local review-site page, without installing it.
// With a display, opens Chromium with the extension loaded on the demo page and waits until
// the window is closed. Without one, runs headless, types a reply, opens the warning card and
// saves screenshots of the card, the popup and the options page (printed at the end).
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { startServer } from './lib/server.mjs';
import { DIST } from './lib/util.mjs';

const URL_ = 'https://biz.yelp.com/demo.html';
const server = await startServer();
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const b = await launchChromium({ extDir: path.join(DIST, 'chrome'), proxyPort: server.proxyPort, headless });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
try {
  await b.open(URL_);
  if (!headless) {
    console.log(`Reply Guard demo open at ${URL_} (served locally). Close the browser window to finish.`);
    await new Promise((r) => b.context.on('close', r));
  } else {
    const out = process.env.DEMO_OUT || path.join(DIST, 'screenshots');
    fs.mkdirSync(out, { recursive: true });
    await b.page.click('#r1');
    await b.page.keyboard.press('End');
    await b.page.keyboard.type(' See you at your 3pm visit on March 3!', { delay: 5 });
    await b.page.click('#r2');
    await b.page.keyboard.type('Sorry Tom, we know you came in for your root canal. We have your cell as 555-867-5309.', { delay: 5 });
    // Wait for the underline rather than a fixed time: the first scan also compiles the rule packs.
    let u = null;
    for (let i = 0; i < 100 && !u; i++) {
      await sleep(100);
      u = await b.page.evaluate(() => {
        const host = document.querySelector('replyguard-overlay');
        const e = host && host.shadowRoot.querySelector('.u[data-rule="phi-contact"]');
        if (!e) return null;
        const r = e.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
    }
    if (!u) throw new Error('demo: no phi-contact underline after 10 s');
    await sleep(300); // let the other underlines settle for the screenshot
    await b.page.mouse.click(u.x, u.y);
    await sleep(300);
    const shots = [path.join(out, 'card.png')];
    await b.page.screenshot({ path: shots[0] });
    const { scan } = await b.inExtensionPage('popup.html', () => chrome.runtime.sendMessage({ type: 'lastFindings' }));
    for (const [file, page, size] of [['popup.png', `popup.html?tab=${scan.tabId}`, { width: 420, height: 640 }],
      ['options.png', 'options.html', { width: 900, height: 1100 }]]) {
      const p = await b.context.newPage();
      await p.setViewportSize(size);
      await p.goto(b.extBase + page);
      await p.waitForSelector('body[data-ready="true"]');
      await p.screenshot({ path: path.join(out, file), fullPage: file === 'options.png' });
      await p.close();
      shots.push(path.join(out, file));
    }
    const n = await b.page.evaluate(() => document.querySelector('replyguard-overlay').shadowRoot.querySelectorAll('[data-rule]').length);
    console.log(`demo: ${n} underlines on ${URL_}; screenshots:\n  ${shots.join('\n  ')}`);
  }
} finally {
  await b.close();
  await server.close();
}
