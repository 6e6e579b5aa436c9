// Test web server: the fixture pages over HTTPS with a strict CSP (no 'wasm-unsafe-eval'),
// under real supported hostnames, reached through a small HTTP proxy that both browsers use.
// The proxy records every host a browser asks for (so a test can prove the extension makes no
// request of its own) and refuses hosts other than the fixture sites, so nothing leaves the
// machine.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.join(here, '..', 'fixtures');
export const SITE_HOSTS = ['x.com', 'biz.yelp.com', 'www.facebook.com', 'www.linkedin.com', 'www.reddit.com'];
export const STRICT_CSP = "default-src 'self'; script-src 'self'";

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.json': 'application/json' };

/** A self-signed certificate for the fixture hosts, made with openssl in a temporary directory. */
function makeCert(dir) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=x.com', '-addext',
    `subjectAltName=${SITE_HOSTS.map((h) => `DNS:${h}`).join(',')}`], { stdio: 'ignore' });
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

export const EDITORS = ['prosemirror', 'lexical', 'quill', 'draft', 'slate'];

/** Bundles the editor fixtures (real editor libraries from npm) into `dir` with esbuild. */
async function buildEditors(dir) {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: Object.fromEntries(EDITORS.map((e) => [e, path.join(FIXTURES, 'editors', `${e}.js`)])),
    outdir: dir, bundle: true, conditions: ['production'], format: 'iife', minify: true, logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  });
}

/**
 * The page of one editor fixture (`/editors/<editor>.html`): the shared composer page with the
 * editor's bundle in it, or null for any other path.
 */
function editorPage(urlPath) {
  const m = /^\/editors\/([a-z]+)\.html$/.exec(urlPath.split('?')[0]);
  if (!m || !EDITORS.includes(m[1])) return null;
  return fs.readFileSync(path.join(FIXTURES, 'editors', 'composer.html'), 'utf8').replaceAll('{{EDITOR}}', m[1]);
}

/** Resolves a request path to a file under fixtures/ (or /build/, the bundled editors), or null. */
function fileFor(urlPath, buildDir) {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  const [root, rel] = clean.startsWith('/build/') ? [buildDir, clean.slice(7)] : [FIXTURES, clean.slice(1)];
  const p = path.resolve(root, rel || 'reply.html');
  if (!p.startsWith(root + path.sep)) return null;
  return fs.existsSync(p) && fs.statSync(p).isFile() ? p : null;
}

export async function startServer() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-srv-'));
  const tls = makeCert(tmp);
  const buildDir = path.join(tmp, 'build');
  await buildEditors(buildDir);
  // hosts: every host a browser asked the proxy for; requests: host+path of every fixture request;
  // details: the same with the headers that say who asked (an extension's own fetch carries its
  // moz-extension:// or chrome-extension:// origin).
  const log = { hosts: [], requests: [], details: [] };
  const site = https.createServer(tls, (req, res) => {
    log.requests.push(`${req.headers.host}${req.url}`);
    log.details.push({ host: req.headers.host, url: req.url, origin: req.headers.origin || '',
      referer: req.headers.referer || '', fetchSite: req.headers['sec-fetch-site'] || '' });
    if (req.url === '/favicon.ico') { res.writeHead(204); res.end(); return; }
    const csp = new URL(req.url, 'https://x').searchParams.get('csp') === 'none' ? {} : { 'content-security-policy': STRICT_CSP };
    const page = editorPage(req.url);
    if (page) {
      res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...csp });
      res.end(page);
      return;
    }
    const file = fileFor(req.url, buildDir);
    if (!file) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store', ...csp });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => site.listen(0, '127.0.0.1', r));
  const sitePort = site.address().port;

  const sockets = new Set();
  const proxy = http.createServer((req, res) => {
    // Plain-HTTP requests through the proxy: recorded and refused.
    log.hosts.push(new URL(req.url, 'http://unknown').host);
    res.writeHead(403); res.end();
  });
  proxy.on('connect', (req, client, head) => {
    const [host, port] = req.url.split(':');
    log.hosts.push(host);
    if (!SITE_HOSTS.includes(host) || port !== '443') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(sitePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head && head.length) upstream.write(head);
      upstream.pipe(client); client.pipe(upstream);
    });
    for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => {}); }
  });
  proxy.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));

  return {
    proxyPort: proxy.address().port,
    sitePort,
    log,
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => site.close(r))]);
      site.closeAllConnections?.();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
