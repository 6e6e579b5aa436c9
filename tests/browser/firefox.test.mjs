// Reply Guard in Firefox ESR (selenium-webdriver + geckodriver), loading dist/firefox.
import path from 'node:path';
import { launchFirefox } from './lib/firefox.mjs';
import { defineSuite } from './lib/suite.mjs';
import { defineDeploySuites } from './lib/deploy.mjs';
import { DIST } from './lib/util.mjs';

defineSuite('firefox', (opts) => launchFirefox({ extDir: path.join(DIST, 'firefox'), ...opts }));
defineDeploySuites('firefox', (opts) => launchFirefox({ extDir: path.join(DIST, 'firefox'), ...opts }));
