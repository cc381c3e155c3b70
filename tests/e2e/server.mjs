// A static server for dist/ on the loopback interface, with the MIME types the app needs. Like
// a production server, it sends the precompressed .br (or .gz) copy of a file when the browser
// accepts it. `failLocales` makes every locale file answer 503, to test a failed fetch;
// `brokenFiles` maps paths (`/locales/bo/rights.ftl`) to bodies sent in their place (or to a
// function of the request that gives the body), to test a deployment's broken message file, or
// to add a file such as a partner's `partner.json` or a host page;
// `staleOnce` answers the first request for the page with a copy naming app files of an
// older release (which are gone), as a long-kept cached page would. `link` makes it a slow
// link: `{ bytesPerSecond, latency }` (ms before each response starts), the bandwidth shared by
// every response at once, as one phone's connection is; `compress: false` never sends the
// precompressed copies, as a host that does not serve them. `cutOffOnce` (a RegExp) drops the
// connection halfway through the first response whose path matches it.
//
// Watched pages: a test page whose browser has no command for it (WebDriver, see webkit.mjs)
// carries the cookie E2E_COOKIE. For it the server logs every request with the encoding it sent,
// puts its init scripts and a recorder of console errors and uncaught exceptions in front of
// the page's own scripts (as <script src="/__e2e/init.js">, which the page's CSP allows), and
// takes the recorder's reports at /__e2e/problem.
//
// axe-core is served at /__e2e/axe.js, a script of the page's own origin (which its CSP allows),
// for `axe()` in browser.mjs.
//
// Embedding: tests/e2e/fixtures/ is served under /__e2e/fixtures/ by every server, so one
// server is both the app (http://127.0.0.1:PORT/, `url`) and, under the other loopback name, a
// host page of another origin (`hostUrl`: http://localhost:PORT/__e2e/fixtures/). A third
// origin (fixtures/intruder.html) is a second server: `serve({ root: FIXTURES })` or just
// `serve()` again, on a port of its own.
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashInlineScripts } from '../../tools/csp.mjs';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
/** Test pages of other origins (a host that embeds the app, an intruder): /__e2e/fixtures/. */
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const E2E_COOKIE = 'anxin-e2e';
/** axe-core's accessibility rules, served at /__e2e/axe.js for a test to load into a page. */
const AXE = fileURLToPath(new URL('../../tools/node_modules/axe-core/axe.min.js', import.meta.url));

/** Watched pages by their cookie's token. */
const watched = new Map();

/**
 * Starts watching the page with `token`, or goes on watching it (on another server: the log and
 * problems so far are kept); returns its record (log, problems, init scripts).
 */
export function watchPage(token, init = []) {
  const record = watched.get(token) ?? { log: [], problems: [], init };
  watched.set(token, record);
  return record;
}

/** Stops watching the page with `token`. */
export function forgetPage(token) {
  watched.delete(token);
}

/** Runs first on a watched page: reports console errors and uncaught exceptions. */
const RECORDER = `(() => {
  let pending = 0;
  window.__e2ePendingReports = () => pending;
  const report = (text) => {
    pending += 1;
    fetch('/__e2e/problem', { method: 'POST', body: text, keepalive: true }).catch(() => {}).finally(() => (pending -= 1));
  };
  const error = console.error.bind(console);
  console.error = (...args) => { report('console: ' + args.map(String).join(' ')); error(...args); };
  addEventListener('error', (event) => { if (event.error || event.message) report('pageerror: ' + (event.error?.message ?? event.message)); });
  addEventListener('unhandledrejection', (event) => report('pageerror: ' + (event.reason?.message ?? event.reason)));
})();`;

function watchedPage(request) {
  const cookie = (request.headers.cookie ?? '').split(/;\s*/).find((c) => c.startsWith(`${E2E_COOKIE}=`));
  return cookie ? watched.get(cookie.slice(E2E_COOKIE.length + 1)) : undefined;
}

/** `page` with the watched page's scripts in front of its own (the build's HTML is minified, so it has no `<head>` tag to look for). */
function withInitScripts(page) {
  const first = page.search(/<script/i);
  if (first < 0) throw new Error('a watched page without scripts');
  return `${page.slice(0, first)}<script src="/__e2e/init.js"></script>${page.slice(first)}`;
}

/** Answers the server's own paths for watched pages; false for any other path. */
function answerWatch(watch, request, response, path) {
  if (path === '/__e2e/blank') {
    response.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>e2e</title><link rel="icon" href="data:,">');
  } else if (path.startsWith('/__e2e/fixtures/')) {
    sendFixture(watch, path.slice('/__e2e/fixtures/'.length), response);
  } else if (path === '/__e2e/axe.js') {
    readFile(AXE).then((body) => response.writeHead(200, { 'content-type': TYPES['.js'] }).end(body));
  } else if (path === '/__e2e/init.js' && watch) {
    response.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
    response.end([RECORDER, ...watch.init].join('\n'));
  } else if (path === '/__e2e/problem' && watch) {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      watch.problems.push(body);
      response.writeHead(204).end();
    });
  } else {
    return false;
  }
  return true;
}

/** A file of tests/e2e/fixtures/ (never one outside it), with the init scripts of a watched page. */
async function sendFixture(watch, name, response) {
  const file = normalize(join(FIXTURES, name));
  if (!file.startsWith(FIXTURES)) return response.writeHead(404).end();
  try {
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const page = watch && type === TYPES['.html'] ? withInitScripts(String(body)) : body;
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(page);
  } catch {
    response.writeHead(404).end();
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
};

/** Sends `body` at the link's pace: its latency first, then chunks in turn with every other response's. */
function paced(link) {
  let free = 0;
  const CHUNK = 1024;
  const wait = (ms) => new Promise((done) => setTimeout(done, ms));
  return async (response, status, headers, body) => {
    await wait(link.latency);
    response.writeHead(status, { ...headers, 'content-length': body.length });
    for (let at = 0; at < body.length; at += CHUNK) {
      const chunk = body.subarray(at, at + CHUNK);
      free = Math.max(free, Date.now()) + (1000 * chunk.length) / link.bytesPerSecond;
      await wait(free - Date.now());
      if (response.destroyed) return;
      response.write(chunk);
    }
    response.end();
  };
}

/**
 * Serves `root` (dist/ unless told) on 127.0.0.1; `url` is the app, `hostUrl` the fixtures under
 * the name localhost, which is another origin of the same server (see the top of this file).
 */
export async function serve({ failLocales = false, staleOnce = false, brokenFiles = {}, link = null, compress = true, cutOffOnce = null, root = DIST, port: wanted = 0 } = {}) {
  let stale = staleOnce;
  let cutOff = cutOffOnce;
  const send = link ? paced(link) : (response, status, headers, body) => response.writeHead(status, headers).end(body);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const watch = watchedPage(request);
    if (answerWatch(watch, request, response, path)) return;
    const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, '');
    const entry = { url: new URL(request.url, `http://${request.headers.host}`).href, encoding: null, accepted: request.headers['accept-encoding'] ?? '' };
    watch?.log.push(entry);
    const sent = (encoding) => (entry.encoding = encoding);
    if (stale && relative === '/index.html') {
      stale = false;
      const page = await readFile(join(root, relative), 'utf8');
      // As an older release's page: its own names, and its CSP's hashes of its own scripts.
      const old = hashInlineScripts(page.replace(/anxin-[0-9a-f]{8,16}/g, 'anxin-0000000000000000'));
      if (old === page) throw new Error('staleOnce: the page names no hashed app file');
      sent(null);
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(watch ? withInitScripts(old) : old);
      return;
    }
    if (relative in brokenFiles) {
      sent(null);
      const body = brokenFiles[relative];
      response.writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'text/plain' });
      response.end(typeof body === 'function' ? body(request) : body);
      return;
    }
    if (failLocales && relative.startsWith('/locales/')) {
      response.writeHead(503).end();
      return;
    }
    const type = TYPES[extname(relative)] ?? 'application/octet-stream';
    const accepted = !compress || (watch && type === TYPES['.html']) ? '' : (request.headers['accept-encoding'] ?? '');
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz'], [null, '']]) {
      if (encoding && !accepted.includes(encoding)) continue;
      try {
        const body = await readFile(join(root, relative + suffix));
        const headers = { 'content-type': type, vary: 'accept-encoding' };
        if (encoding) headers['content-encoding'] = encoding;
        sent(encoding);
        if (cutOff?.test(relative)) {
          cutOff = null;
          response.writeHead(200, { ...headers, 'content-length': body.length });
          response.write(body.subarray(0, body.length >> 1), () => setTimeout(() => response.destroy(), 50));
          return;
        }
        await send(response, 200, headers, watch && type === TYPES['.html'] ? Buffer.from(withInitScripts(String(body))) : body);
        return;
      } catch {
        // no such copy: try the next
      }
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(wanted, '127.0.0.1', resolve));
  const { port } = server.address();
  const close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return { url: `http://127.0.0.1:${port}/`, hostUrl: `http://localhost:${port}/__e2e/fixtures/`, port, close };
}

/**
 * A deployment made from the build, as a deployer makes one: dist/ copied into a fresh folder
 * (removed when the test process ends), where files are then dropped in or replaced. Returns
 * the folder.
 */
export function deployment() {
  const folder = mkdtempSync(join(tmpdir(), 'anxin-deployment-'));
  // Readable by the server's own user (nginx's workers are not the test's).
  chmodSync(folder, 0o755);
  cpSync(DIST, folder, { recursive: true });
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** A port on 127.0.0.1 that nothing listens on now. */
export async function freePort() {
  const server = createNetServer();
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** Serves dist/ with `options` while `use(server)` runs, and stops serving even if it fails. */
export async function withServer(options, use) {
  const server = await serve(options);
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve();
  console.log(`serving dist/ at ${url}`);
}
