// Small helpers shared by the browser suites.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '..', '..', '..');
export const DIST = path.join(ROOT, 'dist');

/** Polls fn until check(value) holds; throws with the last value after `timeout` ms. */
export async function waitFor(fn, check, { timeout = 8000, every = 150, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await fn(); if (check(last)) return last; } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last && last.message || last)}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

/** The engine's own answer under node (target/wasm-pkg/nodejs), to compare the browsers against. */
export function nodeEngine() {
  const require = createRequire(import.meta.url);
  const rg = require(path.join(ROOT, 'target', 'wasm-pkg', 'nodejs', 'replyguard.js'));
  return new rg.Engine(undefined);
}
