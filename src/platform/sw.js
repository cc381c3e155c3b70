// Anxin's service worker. The build writes it (src/bin/precache.rs) with this build's list of
// files in PRECACHE: under each group's name (model::offline::Group), each file's path from the
// app's root, the start of its SHA-256 in hex, and its size as sent (brotli); each language's
// groups, all of them and those kept at install; the page for a screen that is not ready.
//
// - Install keeps this build's core, the page each open window shows and its language's
//   message files, and every language the person prepared before: from an older build's cache
//   when the file is the same, else from the network, checked against its hash. Anything
//   missing fails the install, and the older worker stays in charge: a tablet prepared for
//   tomorrow is never left half-updated.
// - The new worker waits. It takes over only when a page asks ("activate", the person's tap on
//   the new-version line), then removes older builds' caches.
// - Fetch: a file of this build comes from the cache, else the network (and is kept if it is
//   this build's); with no network, a page not kept gets the not-ready page in its language,
//   and anything else a 503 the app reads as "not ready offline". Other files (partner.json,
//   the playground) are left to the network.
// - Messages from the app's pages: "status", "prepare" (languages), "activate".
const PRECACHE = self.__ANXIN_PRECACHE__;
const PREFIX = 'anxin-';
const CACHE = PREFIX + PRECACHE.build;
const STATE = PREFIX + 'state';
const STATE_KEY = 'state.json';
const OFFLINE_HEADER = 'x-anxin-offline';
const REVISION_HEADER = 'x-anxin-rev';

const files = new Map();
for (const [group, entries] of Object.entries(PRECACHE.groups)) {
  for (const [path, rev, bytes] of entries) files.set(path, { rev, bytes, group });
}
const scope = () => self.registration.scope;
const urlOf = (path) => new URL(path, scope()).href;
const inGroups = (groups) => [...groups].flatMap((group) => (PRECACHE.groups[group] || []).map((entry) => entry[0]));
const knownLanguages = (list) => (Array.isArray(list) ? list.filter((tag) => tag in PRECACHE.languages) : []);

/** The file of this build a URL asks for (query and fragment left aside), or null. */
function pathOf(url) {
  const root = scope();
  if (!url.startsWith(root)) return null;
  let path;
  try {
    path = decodeURIComponent(new URL(url).pathname.slice(new URL(root).pathname.length));
  } catch (error) {
    return null;
  }
  if (path === '' || path.endsWith('/')) path += 'index.html';
  if (!files.has(path) && files.has(path + '.html')) path += '.html';
  return files.has(path) ? path : null;
}

/** The language a file belongs to (a page's, a message file's), else the root's. */
function languageOf(path) {
  const tag = (files.get(path)?.group || '').split(' ')[1];
  return tag in PRECACHE.languages ? tag : PRECACHE.rootLanguage;
}

async function readState() {
  const kept = await (await caches.open(STATE)).match(STATE_KEY);
  const state = kept ? await kept.json().catch(() => ({})) : {};
  return {
    languages: knownLanguages(state.languages),
    date: typeof state.date === 'string' ? state.date : '',
    missed: knownLanguages(state.missed),
  };
}

async function writeState(state) {
  const body = JSON.stringify(state);
  await (await caches.open(STATE)).put(STATE_KEY, new Response(body, { headers: { 'content-type': 'application/json' } }));
}

const hex = (buffer) => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** `response`'s body as this build's `path`, or null if it is another build's. */
async function asThisBuild(path, response) {
  if (!response.ok) return null;
  const body = await response.arrayBuffer();
  const { rev } = files.get(path);
  if (!hex(await crypto.subtle.digest('SHA-256', body)).startsWith(rev)) return null;
  const type = response.headers.get('content-type');
  return new Response(body, { headers: { ...(type ? { 'content-type': type } : {}), [REVISION_HEADER]: rev } });
}

/**
 * Keeps every one of `paths` in this build's cache: already there, the same file from an older
 * build's cache, or fetched and checked. Calls `arrived(bytes)` for each; throws if one cannot
 * be had.
 */
async function keep(paths, arrived = () => {}) {
  const cache = await caches.open(CACHE);
  const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE && name !== STATE);
  const queue = [...new Set(paths)];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const url = urlOf(path);
      const { rev, bytes } = files.get(path);
      if (!(await cache.match(url))) {
        let found = null;
        for (const name of older) {
          const kept = await (await caches.open(name)).match(url);
          if (kept && kept.headers.get(REVISION_HEADER) === rev) { found = kept; break; }
        }
        found = found || (await asThisBuild(path, await fetch(url, { cache: 'no-cache', credentials: 'omit' })));
        if (!found) throw new Error(`${path} is not this build's`);
        await cache.put(url, found);
      }
      arrived(bytes);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/** The groups `languages` need, with the core. */
function groupsOf(languages, which = 'all') {
  const groups = new Set(['core']);
  for (const tag of languages) for (const group of PRECACHE.languages[tag][which]) groups.add(group);
  return groups;
}

/** The languages whose every file is in this build's cache. */
async function readyLanguages(languages) {
  const cache = await caches.open(CACHE);
  const ready = [];
  for (const tag of languages) {
    const paths = inGroups(groupsOf([tag]));
    const kept = await Promise.all(paths.map((path) => cache.match(urlOf(path))));
    if (kept.every(Boolean)) ready.push(tag);
  }
  return ready;
}

async function status() {
  const state = await readState();
  const sizes = {};
  for (const { bytes, group } of files.values()) sizes[group] = (sizes[group] || 0) + bytes;
  return {
    kind: 'status',
    version: PRECACHE.version,
    sizes,
    ready: await readyLanguages(state.languages),
    date: state.date,
    missed: state.missed,
  };
}

const today = () => {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
};

async function prepare(languages, client) {
  const paths = [...new Set(inGroups(groupsOf(languages)))];
  const total = paths.reduce((sum, path) => sum + files.get(path).bytes, 0);
  let done = 0;
  let shown = -1;
  const tell = (message) => client && client.postMessage(message);
  try {
    await keep(paths, (bytes) => {
      done += bytes;
      const percent = Math.floor((100 * done) / Math.max(total, 1));
      if (percent !== shown) tell({ kind: 'progress', percent: (shown = percent) });
    });
  } catch (error) {
    // A full phone is told apart from a lost network: the person can do something about it.
    tell({ kind: 'failed', space: error?.name === 'QuotaExceededError' });
    return;
  }
  const state = await readState();
  await writeState({
    languages: [...new Set([...state.languages, ...languages])],
    date: today(),
    missed: state.missed.filter((tag) => !languages.includes(tag)),
  });
  tell(await status());
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const state = await readState();
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const opened = windows.map((client) => pathOf(client.url)).filter(Boolean);
    const groups = groupsOf(state.languages);
    for (const path of opened) for (const group of groupsOf([languageOf(path)], 'install')) groups.add(group);
    await keep([...inGroups(groups), ...opened]);
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE && name !== STATE) await caches.delete(name);
    }
    await self.clients.claim();
    // Languages prepared while this worker waited: best effort, the page says what is ready.
    const state = await readState();
    await keep(inGroups(groupsOf(state.languages))).catch(() => {});
  })());
});

/** Notes that a file of `path`'s language was asked for with no network before it was ready. */
async function missed(path) {
  const state = await readState();
  const tag = languageOf(path);
  if (!state.missed.includes(tag) && !state.languages.includes(tag)) {
    await writeState({ ...state, missed: [...state.missed, tag] });
  }
  return tag;
}

async function notReady(path) {
  const tag = await missed(path);
  const page = await (await caches.open(CACHE)).match(urlOf(PRECACHE.notReady[tag]));
  if (!page) return Response.error();
  // The page's links start at the app's root, wherever the screen asked for sits.
  const text = (await page.text()).replace('<base href="./">', `<base href="${scope()}">`);
  return new Response(text, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8', [OFFLINE_HEADER]: 'not-ready' } });
}

async function answer(event, path) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(urlOf(path));
  if (kept) return kept;
  let response;
  try {
    response = await fetch(event.request);
  } catch (error) {
    if (event.request.mode === 'navigate') return notReady(path);
    await missed(path).catch(() => {});
    return new Response('', { status: 503, headers: { [OFFLINE_HEADER]: 'not-ready' } });
  }
  // What the person opened is kept too, if it is this build's (a page read on the bus opens
  // again at home).
  const copy = response.clone();
  event.waitUntil(asThisBuild(path, copy).then((fresh) => fresh && cache.put(urlOf(path), fresh)).catch(() => {}));
  return response;
}

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const path = pathOf(event.request.url);
  if (path) event.respondWith(answer(event, path));
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const client = event.source;
  if (data.kind === 'status') event.waitUntil(status().then((reply) => client && client.postMessage(reply)));
  else if (data.kind === 'prepare') {
    const languages = knownLanguages(data.languages);
    if (languages.length) event.waitUntil(prepare(languages, client));
  } else if (data.kind === 'activate') self.skipWaiting();
});
