// Trunk post_build hook, run in Trunk's staging folder:
// 1. Makes the wasm-bindgen JS glue survive WebViews whose streaming compile throws: it streams
//    a copy of the response and, if that fails for any reason, instantiates from the bytes.
// 2. Release builds: minifies the glue (Trunk itself minifies only the HTML), keeping every
//    export so the page's `import init, * as bindings` still works.
// 3. Leaves the comments out of the message files (locales/*/*.ftl): they are for translators,
//    and each byte is downloaded. Each comment line is left empty, so a problem's line number
//    is still its line in the source file. (build.rs does the same to the Mandarin shell that
//    is built into the app.)
// 4. Makes the page start the app only once the page's text (and its web font) is on screen:
//    the prerendered page paints first, and the .wasm does not compete with the page and font on
//    a slow connection. Message files the app needs to take the page over are preloaded then.
//    The .wasm's arrival is shown as progress; only an engine that cannot run it is told that
//    it needs a newer WeChat (a failed download says so, with a retry).
//    The glue and the .wasm are named by absolute URLs made from document.baseURI, so no engine
//    resolves them against the page's own folder.
// 5. Prerenders every screen in every language into its own page (src/bin/prerender.rs, run
//    natively with Cargo), using the finished index.html as the template. Each page of another
//    entry than the app's (the cards, the quiz, the workshop: model::view::Entry) is marked `data-entry`;
//    each such entry is built the way Trunk builds the app (Cargo, wasm-bindgen, and in release
//    builds wasm-opt with index.html's flags), its files named with their own hash, and its
//    pages pointed at them.
// 6. Makes every page's Content-Security-Policy strict: 'unsafe-inline' in its script-src gives
//    way to the SHA-256 hashes of that page's own inline scripts.
//    Release builds: minifies the embedding loader (`embed.js`) the prerender wrote.
// 6b. Release builds: prints every leaflet's PDF into `handouts/` (tools/handouts.mjs).
// 7. Release builds: writes a brotli (.br) and a gzip (.gz) copy beside every file, for servers
//    that serve precompressed files; never beside the deployer's own files (`partner.json` and
//    `partner/`), which are replaced after the build: a server would go on sending the stale
//    copy (deploy/nginx.conf serves those two uncompressed-on-disk, compressing as it sends).
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { hashInlineScripts } from './csp.mjs';
import { makeHandouts, putAwayPrintPages } from './handouts.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const release = process.env.TRUNK_PROFILE === 'release';

const STREAMING = 'return await WebAssembly.instantiateStreaming(module, imports);';
const RETHROW = /\} else \{ throw e; \}/;

/** The glue with a streaming compile that falls back to the bytes whatever goes wrong. */
export function patchLoader(glue) {
  if (!glue.includes(STREAMING) || !RETHROW.test(glue)) {
    throw new Error('the wasm-bindgen loader changed: update tools/post-build.mjs');
  }
  return glue
    .replace(STREAMING, 'return await WebAssembly.instantiateStreaming(module.clone(), imports);')
    .replace(RETHROW, '} else { console.warn("Streaming compile failed; instantiating from bytes instead:", e); }');
}

/** A message file with each comment line (in Fluent, a line that begins with `#`) left empty. */
export function stripComments(ftl) {
  return ftl
    .split('\n')
    .map((line) => (line.startsWith('#') ? line.slice(line.replace(/\r$/, '').length) : line))
    .join('\n');
}

const LOADER = /import init, \* as bindings from '(\.\/[^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/[^']+\.wasm)' \}\);/;
const WASM_PRELOAD = /<link[^>]*application\/wasm[^>]*>/;

/**
 * The page with the app started after the first paint and the web fonts (see 4. above), its
 * loading shown, and a failure told apart from an engine that cannot run the app: the .wasm's
 * bytes are counted as they arrive (against `wasmBytes`, its size uncompressed, since a
 * compressed response's length says nothing of what its stream yields) into every
 * `progress.ax-load` bar; a network failure marks the page `ax-load-failed` (theme::
 * LOAD_FAILED_CLASS: a retry in place of the interactive parts), and only a module that fails
 * to compile or instantiate marks it `ax-no-app` (theme::NO_APP_CLASS: "needs a newer WeChat").
 */
export function startAfterPaint(page, wasmBytes) {
  if (!LOADER.test(page) || !WASM_PRELOAD.test(page)) {
    throw new Error("Trunk's loader changed: update tools/post-build.mjs");
  }
  return page.replace(WASM_PRELOAD, '').replace(LOADER, (_, js, wasm) => `
addEventListener('anxin-offline', () => import(new URL('offline.js', document.baseURI).href).catch(() => {}), { once: true });
const html = document.documentElement;
const failed = (mark) => (error) => { html.classList.add(mark); throw error; };
document.addEventListener('click', (event) => { if (event.target.closest('[data-reload]')) location.reload(); });
const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
await painted();
if (document.fonts) await document.fonts.ready;
await painted();
for (const href of (document.getElementById('anxin')?.dataset.preload || '').split(' ').filter(Boolean)) {
  document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
}
// Resolved against the page's <base href> here: engines differ on what an inline module's
// relative import() is relative to (WebKit takes the page's own folder, so bo/… pages 404).
// A page from an older release names a glue file that is gone: reload once (index.html). The
// .wasm shares the glue's hash, so a page whose glue loads names a .wasm that exists.
// The .wasm is asked for first: the glue is small, and both are needed.
const fetched = fetch(new URL('${wasm}', document.baseURI))
  .then((r) => (r.ok ? r : Promise.reject(new Error('HTTP ' + r.status))));
const bindings = await import(new URL('${js}', document.baseURI).href).catch((error) => {
  if (!window.anxinReloadStale()) failed('ax-load-failed')(error);
  return new Promise(() => {});
});
const init = bindings.default;
let cutOff = false;
const response = await fetched.catch(failed('ax-load-failed'));
let counted = response;
if (response.body && typeof ReadableStream === 'function') {
  const reader = response.body.getReader();
  let received = 0;
  counted = new Response(new ReadableStream({
    async pull(stream) {
      const chunk = await reader.read().catch((error) => { cutOff = true; throw error; });
      if (chunk.done) return stream.close();
      received += chunk.value.byteLength;
      for (const bar of document.querySelectorAll('progress.ax-load')) bar.value = Math.min(100, Math.round((100 * received) / ${wasmBytes}));
      stream.enqueue(chunk.value);
    },
  }), { headers: { 'content-type': 'application/wasm' } });
}
const wasm = await init({ module_or_path: counted }).catch((error) => failed(cutOff ? 'ax-load-failed' : 'ax-no-app')(error));`);
}

async function files(dir) {
  const found = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) found.push(...(await files(path)));
    else found.push(path);
  }
  return found;
}

// wasm-bindgen's glue: the one script at the root whose name carries the build's hash.
const GLUE = /[/\\]anxin-[0-9a-f]+\.js$/;
for (const path of await files(staging)) {
  if (GLUE.test(path)) {
    let glue = patchLoader(await readFile(path, 'utf8'));
    if (release) glue = (await minify(glue, { module: true, compress: true, mangle: true })).code;
    await writeFile(path, glue);
  }
  if (path.endsWith('.ftl')) await writeFile(path, stripComments(await readFile(path, 'utf8')));
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const index = join(staging, 'index.html');
const wasmFile = (await files(staging)).find((path) => path.endsWith('.wasm'));
const appBytes = (await stat(wasmFile)).size;
await writeFile(index, startAfterPaint(await readFile(index, 'utf8'), appBytes));

/** wasm-opt's flags for the app, as index.html gives them to Trunk. */
async function wasmOptFlags() {
  const page = await readFile(join(root, 'index.html'), 'utf8');
  const level = /data-wasm-opt="([^"]+)"/.exec(page)?.[1];
  const params = /data-wasm-opt-params="([^"]*)"/.exec(page)?.[1] ?? '';
  if (!level) throw new Error('index.html names no data-wasm-opt level');
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

/** Builds entry `bin` into `staging` as `<bin>-<hash>.js` and `_bg.wasm`; its files' base name and wasm size. */
async function buildEntry(bin) {
  const profile = release ? 'release' : 'debug';
  execFileSync('cargo', ['build', '--quiet', ...(release ? ['--release'] : []), '--target', 'wasm32-unknown-unknown', '--bin', bin], { cwd: root, stdio: 'inherit' });
  const out = await mkdtemp(join(tmpdir(), 'anxin-entry-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', bin, join(root, 'target', 'wasm32-unknown-unknown', profile, `${bin}.wasm`)], { stdio: 'inherit' });
    const wasmPath = join(out, `${bin}_bg.wasm`);
    if (release) execFileSync('wasm-opt', [`--output=${wasmPath}`, ...(await wasmOptFlags()), wasmPath], { stdio: 'inherit' });
    const wasm = await readFile(wasmPath);
    let glue = patchLoader(await readFile(join(out, `${bin}.js`), 'utf8'));
    if (release) glue = (await minify(glue, { module: true, compress: true, mangle: true })).code;
    const base = `${bin}-${createHash('sha256').update(wasm).update(glue).digest('hex').slice(0, 16)}`;
    await writeFile(join(staging, `${base}_bg.wasm`), wasm);
    await writeFile(join(staging, `${base}.js`), glue);
    return { base, bytes: wasm.length };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * Builds the playground's partner-file checker (`crates/anxin-partner-check`: the app's rules
 * with their words) into `embed/partner-check.js` and `_bg.wasm`, beside the playground page,
 * the only page that loads it.
 */
async function buildPartnerCheck() {
  const profile = release ? 'release' : 'debug';
  execFileSync('cargo', ['build', '--quiet', ...(release ? ['--release'] : []), '--target', 'wasm32-unknown-unknown', '--package', 'anxin-partner-check'], { cwd: root, stdio: 'inherit' });
  const out = join(staging, 'embed');
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'partner-check', join(root, 'target', 'wasm32-unknown-unknown', profile, 'anxin_partner_check.wasm')], { stdio: 'inherit' });
  const wasmPath = join(out, 'partner-check_bg.wasm');
  if (release) execFileSync('wasm-opt', [`--output=${wasmPath}`, ...(await wasmOptFlags()), wasmPath], { stdio: 'inherit' });
}

const appBase = /([^/\\]+)_bg\.wasm$/.exec(wasmFile)[1];
await buildPartnerCheck();
execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'prerender', '--', staging], {
  cwd: root,
  stdio: 'inherit',
});
/**
 * Whether `path` (relative to the build's root) is one a deployer replaces after the build:
 * `partner.json`, and anything in `partner/` (the partner's logo). EMBEDDING.md tells them so,
 * and deploy/nginx.conf serves these without precompressed copies.
 */
function isDeployersFile(path) {
  return path === 'partner.json' || path.startsWith('partner/');
}
/** A page of another entry than the app's (`data-entry`), with the loader pointed at its files. */
export function retarget(page, app, entry) {
  const bytes = `(100 * received) / ${app.bytes})`;
  if (!page.includes(bytes) || !page.includes(app.base)) throw new Error("the page's loader changed: update tools/post-build.mjs");
  return page.replace(bytes, `(100 * received) / ${entry.bytes})`).replaceAll(app.base, entry.base);
}
// The other entries' wasm (the route table's entry column, which the prerender wrote into
// each of their pages as `data-entry`), each built once, and their pages pointed at it.
const entries = new Map();
for (const path of await files(staging)) {
  if (!path.endsWith('.html')) continue;
  const page = await readFile(path, 'utf8');
  const bin = /data-entry="([a-z-]+)"/.exec(page)?.[1];
  if (!bin) continue;
  if (!entries.has(bin)) entries.set(bin, await buildEntry(bin));
  await writeFile(path, retarget(page, { base: appBase, bytes: appBytes }, entries.get(bin)));
}
for (const path of await files(staging)) {
  if (path.endsWith('.html')) await writeFile(path, hashInlineScripts(await readFile(path, 'utf8')));
}
// The leaflets' PDFs (release builds), printed by Chromium from the print pages the prerender
// wrote; then the print pages go.
if (release) {
  const started = Date.now();
  const { count, bytes } = await makeHandouts(staging);
  console.log(`handouts: ${count} PDFs, ${(bytes / 1e6).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
await putAwayPrintPages(staging);
// Read-aloud's demonstration pack (release builds): the help screen in Mandarin and Cantonese,
// spoken by espeak-ng from the pages just written and marked as synthetic (src/bin/audio-pack.rs).
if (release) {
  execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'audio-pack', '--', 'demo', staging], {
    cwd: root,
    stdio: 'inherit',
  });
}
// The embedding loader the prerender wrote (a classic script on partners' pages).
const loader = join(staging, 'embed.js');
if (release) await writeFile(loader, (await minify(await readFile(loader, 'utf8'), { compress: true, mangle: true })).code);
// Offline use's page side (src/platform/offline.js), a module the loader imports on the app's
// first request.
const offlineModule = join(staging, 'offline.js');
if (release) await writeFile(offlineModule, (await minify(await readFile(offlineModule, 'utf8'), { module: true, compress: true, mangle: true })).code);
/** Writes a brotli (.br) and a gzip (.gz) copy beside `path`. */
async function compress(path) {
  const body = await readFile(path);
  await writeFile(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
}
if (release) {
  for (const path of await files(staging)) {
    if (/\.(br|gz|md|woff2|png|pdf|mp3)$/.test(path) || isDeployersFile(path.slice(staging.length + 1))) continue;
    await compress(path);
  }
}
// 8. The service worker, last: its list names every file in its final form, with its size as
//    sent (src/bin/precache.rs).
execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'precache', '--', staging], {
  cwd: root,
  stdio: 'inherit',
});
const worker = join(staging, 'sw.js');
if (release) {
  await writeFile(worker, (await minify(await readFile(worker, 'utf8'), { compress: true, mangle: true })).code);
  await compress(worker);
}
