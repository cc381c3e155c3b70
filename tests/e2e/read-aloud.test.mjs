// End-to-end tests of read-aloud against the release build in dist/, in both engines, on a
// phone. Voices come from a STAND-IN for speechSynthesis (fake-speech.mjs: this machine has
// none); clips are real MP3s played by the real <audio> element: the build's demonstration
// pack (espeak-ng), or a test pack made here with ffmpeg and served only by this test.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachEngine, newPage, open, TABLET } from './browser.mjs';
import { fakeSpeech } from './fake-speech.mjs';
import { DIST, serve } from './server.mjs';

const CASE = '?view=case:impersonated-police';

/** FNV-1a (64 bits) of the text with its direction marks gone and its ends trimmed, as 16 hex
 * digits: a second implementation of `model::speech::text_hash`, so a disagreement shows as
 * clips counted stale. */
function textHash(text) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text.replace(/[\u2066-\u2069\u202a-\u202e\u200e\u200f\u061c]/g, '').trim())) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The parts a prerendered page reads aloud, in order: `{ id, said }`. */
function partsOf(page) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const unescape = (text) => text.replace(/[\u2068\u2069]/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...html.matchAll(/<span ([^>]*data-read="[^"]*"[^>]*)>([^<]*)<\/span>/g)].map(([, attributes, text]) => ({
    id: unescape(/data-read="([^"]*)"/.exec(attributes)[1]),
    said: unescape(/data-said="([^"]*)"/.exec(attributes)?.[1] ?? text),
  }));
}

/** A phone page with the stand-in installed, opened at `query`. */
async function reading(env, query, speech, server = env.server) {
  const page = await newPage(env.browser);
  await page.addInitScript(fakeSpeech, speech);
  await open(page, server.url, query);
  await page.waitForSelector('[data-testid=read-aloud]');
  return page;
}

const state = (page) => page.evaluate(() => document.querySelector('[data-testid=read-aloud]').dataset.state);
const current = (page) => page.evaluate(() => document.querySelector('[data-testid=read-current]')?.dataset.read ?? null);
const spoken = (page) => page.evaluate(() => window.__speech.spoken);
const clips = (page) => page.evaluate(() => window.__speech.clips.map((src) => new URL(src).pathname));
/**
 * Taps read-start. WebKitGTK's driver sometimes answers a tap that starts audio with an
 * "unknown error" after the tap has landed: the tap counts when the reading began.
 */
async function startReading(page, selector = '[data-testid=read-start]') {
  try {
    await page.click(selector);
  } catch (error) {
    await new Promise((done) => setTimeout(done, 500));
    const began = await page.evaluate(() => window.__speech.clips.length + window.__speech.spoken.length > 0 || document.querySelector('[data-testid=read-aloud]').dataset.state !== 'ready');
    if (!began) throw error;
  }
}

const waitState = (page, wanted) => page.waitForFunction((wanted) => document.querySelector('[data-testid=read-aloud]')?.dataset.state === wanted, wanted);

let pack;
before(() => {
  // A test pack for Tibetan help, never shipped: three short clips, the second recorded from
  // a text that has since changed.
  const parts = partsOf('bo/help.html');
  assert.ok(parts.length >= 6, 'the Tibetan help screen has reading matter');
  const folder = mkdtempSync(join(tmpdir(), 'anxin-audio-'));
  const tone = (frequency, file) => {
    execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `sine=frequency=${frequency}:duration=0.4`, '-ac', '1', '-codec:a', 'libmp3lame', '-b:a', '48k', join(folder, file)]);
    return readFileSync(join(folder, file));
  };
  const files = {};
  const clipsOf = {};
  parts.slice(0, 3).forEach((part, index) => {
    const file = `clip-${index}.mp3`;
    files[`/audio/bo/${file}`] = tone(440 + 110 * index, file);
    clipsOf[part.id] = { file, milliseconds: 400, text: textHash(index === 1 ? `${part.said} (an older wording)` : part.said) };
  });
  files['/audio/bo/manifest.json'] = JSON.stringify({ version: 1, synthetic: false, clips: clipsOf });
  rmSync(folder, { recursive: true, force: true });
  pack = { parts, files };
});

const ROOT = new URL('../../', import.meta.url).pathname;

/** `scripts/audio-pack check DIR` against the build's pages: its exit status and its output. */
function checkPacks(dir) {
  try {
    return { status: 0, out: execFileSync('bash', [`${ROOT}scripts/audio-pack`, 'check', dir], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    return { status: error.status, out: `${error.stdout}${error.stderr}` };
  }
}

describe('audio packs', () => {
  test('the demonstration pack covers Mandarin and Cantonese help with mono 48 kbps MP3s, marked synthetic, and audio-pack check reports it', () => {
    const { status, out } = checkPacks(join(DIST, 'audio'));
    assert.equal(status, 0, out);
    const help = out.split('\n').find((line) => line.startsWith('help '));
    const parts = new Set(partsOf('zh-Hans/help.html').map((part) => part.id)).size;
    assert.deepEqual(help.trim().split(/\s+/).slice(1), [`${parts}/${parts}`, `0/${parts}`, `0/${parts}`, `${parts}/${parts}`], help);
    assert.match(out, /^stale \(the text changed since the recording; never played\): 0$/m);
    assert.match(out, /^  bo case:impersonated-police: case-impersonated-police-title /m, 'every missing clip is listed');
    for (const tag of ['zh-Hans', 'yue']) {
      const manifest = JSON.parse(readFileSync(join(DIST, 'audio', tag, 'manifest.json'), 'utf8'));
      assert.equal(manifest.synthetic, true);
      const [first] = Object.values(manifest.clips);
      const probe = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,channels,bit_rate', '-of', 'json', join(DIST, 'audio', tag, first.file)], { encoding: 'utf8' });
      const [stream] = JSON.parse(probe).streams;
      assert.deepEqual([stream.codec_name, stream.channels, Number(stream.bit_rate)], ['mp3', 1, 48000]);
    }
    for (const tag of ['bo', 'ug']) {
      assert.deepEqual(JSON.parse(readFileSync(join(DIST, 'audio', tag, 'manifest.json'), 'utf8')).clips, {}, `${tag} has no clips: nothing pretends`);
    }
  });

  test('audio-pack check lists a clip whose text changed as stale, and fails on a clip that is not there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anxin-packs-'));
    try {
      cpSync(join(DIST, 'audio', 'zh-Hans'), join(dir, 'zh-Hans'), { recursive: true });
      const path = join(dir, 'zh-Hans', 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      manifest.clips['help-intro'].text = '0000000000000000';
      writeFileSync(path, JSON.stringify(manifest));
      const stale = checkPacks(dir);
      assert.equal(stale.status, 0, stale.out);
      assert.match(stale.out, /^  zh-Hans help: help-intro$/m);
      rmSync(join(dir, 'zh-Hans', manifest.clips['help-never'].file));
      const missing = checkPacks(dir);
      assert.equal(missing.status, 1);
      assert.match(missing.out, /zh-Hans help-never: its clip help-never\.mp3 is not there/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

forEachEngine((env) => {
  describe('read-aloud', () => {
    let tibetan, unrecorded;
    before(async () => {
      tibetan = await serve({ brokenFiles: pack.files });
      // The build's pack with no clips in it: Mandarin help read by the voice alone.
      unrecorded = await serve({ brokenFiles: { '/audio/zh-Hans/manifest.json': '{"version":1,"clips":{}}' } });
    });
    after(async () => {
      await tibetan?.close();
      await unrecorded?.close();
    });

    test('a Mandarin case is read part by part by a zh-CN voice: the highlight follows, a tap on a part starts there, slower and stop work', async () => {
      const parts = partsOf('zh-Hans/case.impersonated-police.html');
      const page = await reading(env, CASE, { voices: [{ lang: 'en-US' }, { lang: 'zh-CN' }], msPerChar: 25 });
      await waitState(page, 'ready');
      assert.equal(await current(page), null, 'nothing is highlighted before a tap');
      await page.click('[data-testid=read-start]');
      await waitState(page, 'reading');
      assert.equal(await current(page), parts[0].id, 'the title first');
      await page.waitForFunction(() => window.__speech.spoken.length >= 3);
      const said = await spoken(page);
      assert.ok(said.every((utterance) => utterance.voice === 'zh-CN'), 'only the Mandarin voice speaks');
      assert.equal(said[0].text, parts[0].said.replace(/[\u2068\u2069]/g, ''));
      // The highlight moves on, part by part.
      await page.waitForFunction(() => {
        const ids = [...document.querySelectorAll('[data-read]')].map((el) => el.dataset.read);
        return ids.indexOf(document.querySelector('[data-testid=read-current]')?.dataset.read) > 1;
      });
      // A tap on a later part starts the reading there.
      const target = parts.length - 2;
      const before = (await spoken(page)).length;
      await page.click(`[data-read="${parts[target].id}"]`);
      await page.waitForFunction((id) => document.querySelector('[data-testid=read-current]')?.dataset.read === id, parts[target].id);
      await page.waitForFunction((before) => window.__speech.spoken.length > before, before);
      assert.ok((await spoken(page))[before].text.length > 0, 'the tapped part is spoken');
      // Slower: the part is read again at the slower pace.
      await page.click('[data-testid=read-slower]');
      await page.waitForFunction(() => window.__speech.spoken.at(-1).rate < 1);
      assert.equal(await page.getAttribute('[data-testid=read-slower]', 'aria-pressed'), 'true');
      await page.click('[data-testid=read-stop]');
      await waitState(page, 'ready');
      assert.equal(await current(page), null);
      const count = (await spoken(page)).length;
      await new Promise((done) => setTimeout(done, 400));
      assert.equal((await spoken(page)).length, count, 'nothing more is said after stop');
      // Leaving the screen ends its reading: the next screen is not read over.
      await page.click('[data-testid=read-start]');
      await waitState(page, 'reading');
      await page.click('[data-testid=nav-help]');
      await page.waitForSelector('[data-view=help] [data-testid=read-aloud]');
      await waitState(page, 'ready');
      const left = (await spoken(page)).length;
      await new Promise((done) => setTimeout(done, 500));
      assert.equal((await spoken(page)).length, left, 'the case is not read over help');
      assert.equal(await current(page), null);
      assert.deepEqual(await page.problems(), []);
    });

    test('phone numbers are read digit by digit: 96110 as 九六幺幺零', async () => {
      const page = await reading(env, '?view=help', { voices: [{ lang: 'zh-CN' }], msPerChar: 2 }, unrecorded);
      await waitState(page, 'ready');
      await page.click('[data-testid=read-start]');
      await page.waitForFunction(() => window.__speech.spoken.some((u) => u.text.includes('九六幺幺零')), undefined, { timeout: 20000 });
      const said = (await spoken(page)).map((u) => u.text).join(' ');
      assert.doesNotMatch(said, /96110|[\u2068\u2069]/);
      assert.match(said, /幺幺零/, '110 as 幺幺零');
      await page.click('[data-testid=read-stop]');
      assert.deepEqual(await page.problems(), []);
    });

    test('with only an English voice, Mandarin is never spoken in English: clips where recorded, else the control says it cannot read', async () => {
      const help = await reading(env, '?view=help', { voices: [{ lang: 'en-US' }, { lang: 'en-GB' }] });
      await waitState(help, 'ready');
      await startReading(help);
      await help.waitForFunction(() => window.__speech.clips.length >= 2);
      const played = await clips(help);
      assert.ok(played.every((path) => path.startsWith('/audio/zh-Hans/')), played.join(' '));
      assert.match(await help.textContent('[data-testid=read-aloud]'), /电脑合成的示范/, 'the synthetic demonstration says so');
      await help.click('[data-testid=read-stop]');
      assert.deepEqual(await spoken(help), [], 'the English voice never speaks');
      assert.deepEqual(await help.problems(), []);

      const page = await reading(env, CASE, { voices: [{ lang: 'en-US' }] });
      await waitState(page, 'unavailable');
      assert.match(await page.textContent('[data-testid=read-aloud]'), /还没有录音/);
      assert.equal(await page.$('[data-testid=read-start]'), null, 'no button that cannot work');
      assert.deepEqual(await spoken(page), []);
      assert.deepEqual(await page.problems(), []);
    });

    test('a Tibetan pack plays its clips in order on a phone with no speech synthesis; a stale clip is skipped; without a pack the control says so', async () => {
      const page = await reading(env, '?view=help&lang=bo', { absent: true }, tibetan);
      await waitState(page, 'ready');
      await startReading(page);
      await page.waitForFunction(() => window.__speech.clips.length > 0);
      await waitState(page, 'ready');
      assert.deepEqual(await clips(page), ['/audio/bo/clip-0.mp3', '/audio/bo/clip-2.mp3'], 'the stale clip is never played');
      const words = await page.textContent('[data-testid=read-aloud]');
      assert.ok(words.includes(String(pack.parts.length - 2)), `the parts passed over are counted: ${words}`);
      assert.deepEqual(await page.problems(), []);

      const none = await reading(env, '?view=help&lang=bo', { absent: true });
      await waitState(none, 'unavailable');
      assert.equal(await none.$('[data-testid=read-start]'), null);
      assert.ok((await none.textContent('[data-testid=read-aloud]')).trim().length > 10, 'its words say why');
      assert.deepEqual(await none.problems(), []);
    });

    test('the presenter reads the stage for the room: read in its strip, the highlight on the stage, and the next step stops it', async () => {
      const page = await newPage(env.browser, TABLET);
      await page.addInitScript(fakeSpeech, { voices: [{ lang: 'zh-CN' }], msPerChar: 40 });
      await open(page, env.server.url, '?view=workshop');
      await page.click('[data-testid=workshop-plan][data-id=short]');
      await page.waitForSelector('[data-testid=workshop-chosen]');
      await page.click('[data-testid=workshop-start]');
      await page.waitForSelector('[data-testid=workshop-scene]');
      await waitState(page, 'ready');
      await page.click('.strip [data-testid=read-start]');
      await waitState(page, 'reading');
      await page.waitForFunction(() => window.__speech.spoken.length >= 2);
      assert.ok(await page.$('[data-testid=workshop-stage] [data-testid=read-current]'), 'the part read is on the stage');
      assert.ok((await spoken(page)).every((utterance) => utterance.voice === 'zh-CN'));
      await page.click('[data-testid=workshop-next]');
      await waitState(page, 'ready');
      const count = (await spoken(page)).length;
      await new Promise((done) => setTimeout(done, 400));
      assert.equal((await spoken(page)).length, count, 'the next step ends the reading');
      assert.deepEqual(await page.problems(), []);
    });

    test('an onend that never fires does not leave the control stuck, and a voice that never sounds is given up after 2 seconds', async () => {
      const page = await reading(env, CASE, { voices: [{ lang: 'zh-CN' }], endless: true });
      await waitState(page, 'ready');
      await page.click('[data-testid=read-start]');
      const parts = partsOf('zh-Hans/case.impersonated-police.html');
      await page.waitForFunction((id) => document.querySelector('[data-testid=read-current]')?.dataset.read === id, parts[1].id, { timeout: 20000 });
      await page.click('[data-testid=read-stop]');
      await waitState(page, 'ready');
      assert.deepEqual(await page.problems(), []);

      const silent = await reading(env, CASE, { voices: [{ lang: 'zh-CN' }], silent: true });
      await waitState(silent, 'ready');
      await silent.click('[data-testid=read-start]');
      await waitState(silent, 'reading');
      const started = Date.now();
      await waitState(silent, 'ready');
      assert.ok(Date.now() - started < 6000, 'given up within the watchdog');
      assert.match(await silent.textContent('[data-testid=read-aloud]'), /没有读出声音/);
      assert.deepEqual(await silent.problems(), []);
    });
  });
});
