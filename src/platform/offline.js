// Offline use from the page's side (the worker is sw.js). The page's loader imports this once
// the app has started and asks for it (the window event `anxin-offline`, which the app never
// sends in a partner's frame), so nothing of it is on the first load. It registers the worker
// with `updateViaCache: 'none'` and the app's root as its scope, wherever the app is deployed;
// checks for a new version whenever the page comes back into view (`visibilitychange`,
// `pageshow`), so a tablet left open learns of it; and passes on to the app
// (`platform::offline`), as JSON in the window event `anxin-offline-report`, what it finds and
// what the worker says (model::offline::OfflineReport reads both). The app's requests come as
// `anxin-offline` events: `prepare <languages>`, `activate`, `install`.
const report = (message) => dispatchEvent(new CustomEvent('anxin-offline-report', { detail: JSON.stringify(message) }));
const container = navigator.serviceWorker;
const root = new URL('./', document.baseURI).href;
let registration = null;
let updateAsked = false;
let installOffer = null;

const network = () => report({ kind: 'network', offline: !navigator.onLine });
addEventListener('online', network);
addEventListener('offline', network);
network();
addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  installOffer = event;
  report({ kind: 'install-offered' });
});
const kept = (answer) =>
  Promise.resolve(answer).then(
    (yes) => report({ kind: 'persisted', kept: yes === true }),
    () => report({ kind: 'persisted', kept: false }),
  );
if (navigator.storage && navigator.storage.persisted) kept(navigator.storage.persisted());

const active = () => container.ready.then((ready) => ready.active);
const askStatus = () => active().then((worker) => worker && worker.postMessage({ kind: 'status' }));

addEventListener('anxin-offline', (event) => {
  const [request, ...languages] = String(event.detail).split(' ');
  if (!registration) return;
  if (request === 'prepare') {
    active().then((worker) => worker && worker.postMessage({ kind: 'prepare', languages }));
    // Asked with the person's tap; a browser with no way to ask keeps it as it sees fit.
    kept(navigator.storage && navigator.storage.persist ? navigator.storage.persist() : false);
  } else if (request === 'activate') {
    updateAsked = true;
    // No worker waits when another tab already took the new version: this page only reloads.
    if (registration.waiting) registration.waiting.postMessage({ kind: 'activate' });
    else location.reload();
  } else if (request === 'install' && installOffer) {
    installOffer.prompt().catch(() => {});
    installOffer = null;
  }
});

async function start() {
  registration = container && (await container.register(`${root}sw.js`, { scope: root, updateViaCache: 'none' }).catch(() => null));
  // Refused, or a browser (or test harness) that pretends and gives nothing back.
  if (!registration || !registration.active && !registration.installing && !registration.waiting) {
    registration = null;
    report({ kind: 'support', worker: false });
    return;
  }
  report({ kind: 'support', worker: true });
  container.addEventListener('message', (event) => report(event.data));
  // A change of worker this page did not ask for: the first one taking charge, or another tab
  // taking the new version, which this page then offers too (its own files are the old
  // release's), without reloading by itself.
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    if (updateAsked) return location.reload();
    if (controlled) report({ kind: 'update-ready' });
    controlled = true;
    askStatus();
  });
  container.startMessages();
  // Installed beside a worker already in charge: a new version waits.
  const waits = () => container.controller && report({ kind: 'update-ready' });
  if (registration.waiting) waits();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    if (installing) installing.addEventListener('statechange', () => installing.state === 'installed' && waits());
  });
  const check = () => registration.update().catch(() => {});
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
  addEventListener('pageshow', check);
  askStatus();
}
start();
