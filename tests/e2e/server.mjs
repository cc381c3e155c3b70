// A static server for dist/ on the loopback interface, with the MIME types the app needs. Like
// a production server, it sends the precompressed .br (or .gz) copy of a file when the browser
// accepts it. `failLocales` makes every locale file answer 503, to test a failed fetch;
// `staleOnce` answers the first request for the page with a copy naming app files of an
// older release (which are gone), as a long-kept cached page would.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ftl': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

export async function serve({ failLocales = false, staleOnce = false } = {}) {
  let stale = staleOnce;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, '');
    if (stale && relative === '/index.html') {
      stale = false;
      const page = await readFile(join(DIST, relative), 'utf8');
      const old = page.replace(/anxin-[0-9a-f]{8,16}/g, 'anxin-0000000000000000');
      if (old === page) throw new Error('staleOnce: the page names no hashed app file');
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(old);
      return;
    }
    if (failLocales && relative.startsWith('/locales/')) {
      response.writeHead(503).end();
      return;
    }
    const type = TYPES[extname(relative)] ?? 'application/octet-stream';
    const accepted = request.headers['accept-encoding'] ?? '';
    for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz'], [null, '']]) {
      if (encoding && !accepted.includes(encoding)) continue;
      try {
        const body = await readFile(join(DIST, relative + suffix));
        const headers = { 'content-type': type, vary: 'accept-encoding' };
        if (encoding) headers['content-encoding'] = encoding;
        response.writeHead(200, headers).end(body);
        return;
      } catch {
        // no such copy: try the next
      }
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return { url: `http://127.0.0.1:${port}/`, close };
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
