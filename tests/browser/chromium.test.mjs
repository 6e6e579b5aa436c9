// Reply Guard in Chromium (playwright-core), loading dist/chrome.
import path from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { defineSuite } from './lib/suite.mjs';
import { defineDeploySuites } from './lib/deploy.mjs';
import { DIST } from './lib/util.mjs';

defineSuite('chromium', (opts) => launchChromium({ extDir: path.join(DIST, 'chrome'), ...opts }));
defineDeploySuites('chromium', (opts) => launchChromium({ extDir: path.join(DIST, 'chrome'), ...opts }));
