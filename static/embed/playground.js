// The playground's page script (external, as the deployment's CSP allows no inline script):
// the snippets with this deployment's URL, the command buttons, the event log and the
// partner-file checker. It uses only window.Anxin, as a partner's page would.
// The checker is the app's own (crates/anxin-partner-check, the rules scripts/check-partner
// runs, compiled to a wasm the build writes beside this page), so the two give the same notes.
import init, { check as checkPartner, check_logo as checkLogo } from './partner-check.js';

const $ = (id) => document.getElementById(id);
const EMBED_URL = new URL('../embed.js', location.href).href;

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// Snippets, with this deployment's embed.js.
const SNIPPETS = {
  card: `<div data-anxin data-mode="card" data-view="daily"></div>\n<script src="${EMBED_URL}" async></script>`,
  full: `<div data-anxin data-mode="full" data-view="home" data-lang="zh-Hans"></div>\n<script src="${EMBED_URL}" async></script>`,
  popup: `<div data-anxin data-mode="popup" data-view="case:agent-surrender">\n  <button type="button">看一个案例</button>\n</div>\n<script src="${EMBED_URL}" async></script>`,
};
$('deployment').textContent = new URL('../', location.href).href;
$('own-origin').textContent = location.origin;
for (const [mode, text] of Object.entries(SNIPPETS)) $(`snippet-${mode}`).textContent = text;

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = $(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
      flash(button, '已复制 Copied');
    } catch {
      // No clipboard (an http page, an old WebView): select the text for a manual copy.
      const range = document.createRange();
      range.selectNodeContents($(button.dataset.copy));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      flash(button, '已选中，请手动复制 Selected: copy it');
    }
  });
}

function flash(button, text) {
  const before = [...button.childNodes].map((n) => n.cloneNode(true));
  button.textContent = text;
  setTimeout(() => button.replaceChildren(...before), 1500);
}

// Commands: Anxin.send, or the attribute the loader turns into the same command.
const ATTRIBUTES = { 'set-locale': 'data-lang', 'set-elder': 'data-elder', navigate: 'data-view' };

function target() {
  return document.querySelector('input[name="target"]:checked').value || undefined;
}

for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('click', () => {
    const command = button.dataset.command;
    const arg = button.dataset.arg;
    const data = command === 'set-locale' ? { lang: arg } : command === 'set-elder' ? { on: arg === '1' } : command === 'navigate' ? { view: arg } : {};
    const attribute = ATTRIBUTES[command];
    if ($('by-attribute').checked && attribute) {
      const chosen = target();
      const embeds = chosen ? [$(chosen)] : [...document.querySelectorAll('[data-anxin]')];
      for (const embed of embeds) embed.setAttribute(attribute, arg);
      record('→', chosen || '*', `${attribute}="${arg}"`, null);
    } else {
      window.Anxin.send(command, data, target());
      record('→', target() || '*', command, data);
    }
  });
}

$('open-popup').addEventListener('click', () => window.Anxin.open('ex-popup'));

// The event log: every event of every embed, newest first.
function record(direction, embed, type, data) {
  const row = el('tr');
  const time = new Date();
  const stamp = `${time.toTimeString().slice(0, 8)}.${String(time.getMilliseconds()).padStart(3, '0')}`;
  row.append(el('td', stamp), el('td', embed), el('td', `${direction} ${type}`), el('td', data === null ? '' : JSON.stringify(data)));
  if (direction === '→') row.className = 'sent';
  $('log').prepend(row);
  while ($('log').rows.length > 200) $('log').deleteRow(-1);
}

window.Anxin.on('*', (data, { type, element }) => record('←', element.id || '(embed)', type, data));
$('clear-log').addEventListener('click', () => $('log').replaceChildren());

// The partner-file checker.
const EXAMPLE = {
  $schema: new URL('partner.schema.json', location.href).href,
  version: 1,
  name: { 'zh-Hans': '示例保险', yue: '示例保險' },
  hotline: '95500',
  website: 'https://www.example.com/',
  hosts: [location.origin.startsWith('http') ? location.origin : 'https://m.example.com'],
  colors: { brand: '#0b4f8a', 'on-brand': '#ffffff' },
  languages: ['zh-Hans', 'bo', 'ug', 'yue'],
  'share-score': true,
};

let ready = null;

/**
 * The checker's verdict on `text`: `{ valid, notes: [{ severity, field, message, text }], contrast }`.
 * Once the rest is valid, the logo it names is fetched from this deployment (where the file
 * will be used) and checked as scripts/check-partner checks the file beside it.
 */
async function checked(text) {
  ready ??= init();
  await ready;
  const result = JSON.parse(checkPartner(text));
  const logo = result.valid && JSON.parse(text).logo;
  if (typeof logo === 'string') {
    const response = await fetch(new URL(`../${logo}`, location.href), { cache: 'no-cache' }).catch(() => null);
    const bytes = response && response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
    const notes = JSON.parse(checkLogo(logo, bytes));
    result.notes.push(...notes);
    result.valid = !notes.some((note) => note.severity === 'error');
  }
  return result;
}

function show(result) {
  const box = $('partner-result');
  box.replaceChildren();
  const errors = result.notes.filter((note) => note.severity === 'error');
  const warnings = result.notes.filter((note) => note.severity === 'warning');
  if (result.valid) {
    box.append(el('p', '✓ 文件有效 The file is valid: the app uses it.', 'ok'));
  } else {
    box.append(el('p', `✗ ${errors.length} 个问题：应用会忽略整个文件，按通用版运行。 ${errors.length} problem(s): the app ignores the whole file and runs as the general build.`, 'bad'));
    box.append(list(errors));
  }
  if (result.contrast !== null) box.append(el('p', `对比度 Contrast brand / on-brand: ${result.contrast}`));
  if (warnings.length) {
    box.append(el('p', '提示 Warnings:', 'warn'));
    box.append(list(warnings));
  }
}

function list(notes) {
  const ul = el('ul');
  for (const note of notes) {
    const li = el('li');
    if (note.field) li.append(el('code', note.field), document.createTextNode(' — '));
    li.append(document.createTextNode(note.message));
    ul.append(li);
  }
  return ul;
}

async function check() {
  try {
    show(await checked($('partner-text').value));
  } catch (error) {
    $('partner-result').replaceChildren(el('p', `无法检查 Cannot check: ${error.message}`, 'bad'));
  }
}

$('partner-check').addEventListener('click', check);
$('partner-example').addEventListener('click', () => {
  $('partner-text').value = JSON.stringify(EXAMPLE, null, 2);
  check();
});
$('partner-file').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  $('partner-text').value = await file.text();
  check();
});
$('partner-deployed').addEventListener('click', async () => {
  const response = await fetch('../partner.json', { cache: 'no-cache' }).catch(() => null);
  if (!response || !response.ok) {
    $('partner-result').replaceChildren(el('p', `本部署没有 partner.json（${response ? `HTTP ${response.status}` : '无法读取 unreachable'}）：应用按通用版运行。 This deployment has no partner.json: the app runs as the general build.`, 'warn'));
    return;
  }
  $('partner-text').value = await response.text();
  check();
});
