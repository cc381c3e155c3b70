// A STAND-IN for the browser's speech synthesis, which this machine cannot have (no engine here
// has voices): installed into a page before its own scripts, it lists the voices it is given
// (only after a `voiceschanged`, as phones do), and "speaks" each utterance on timers, calling
// its handlers as an engine would. What it was asked to say is kept in `window.__speech`.
// Clips are played by the real <audio> element; `window.__speech.clips` lists each one asked
// for (a spy on `play()`, which still plays).

/**
 * The stand-in, to give to `page.addInitScript(fakeSpeech, options)`. Options:
 * - `voices`: `[{ lang, name?, localService? }]` the engine lists;
 * - `absent`: no `speechSynthesis` at all (Android System WebView, WeChat on Android);
 * - `silent`: utterances never start (a voice listed whose pack is not installed);
 * - `endless`: `onend` never fires (as iOS sometimes does);
 * - `msPerChar`: how long speaking takes (15 ms a character unless told).
 */
export function fakeSpeech(options) {
  const record = { spoken: [], cancelled: 0, clips: [] };
  window.__speech = record;
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function spiedPlay() {
    record.clips.push(this.src);
    return play.call(this);
  };
  if (options.absent) {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined, configurable: true });
    return;
  }
  const voices = (options.voices || []).map((voice) => ({
    name: voice.name || `Stand-in ${voice.lang}`,
    voiceURI: voice.name || voice.lang,
    lang: voice.lang,
    localService: voice.localService !== false,
    default: false,
  }));
  let listed = false;
  let queue = [];
  let current = null;
  let timers = [];
  const later = (ms, fn) => timers.push(setTimeout(fn, ms));
  class StandInUtterance extends EventTarget {
    constructor(text = '') {
      super();
      Object.assign(this, { text, lang: '', voice: null, rate: 1, pitch: 1, volume: 1, onstart: null, onend: null, onerror: null });
    }
  }
  const synthesis = new EventTarget();
  const run = () => {
    if (current || queue.length === 0) return;
    const utterance = (current = queue.shift());
    record.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice ? utterance.voice.lang : null, rate: utterance.rate });
    if (options.silent) return;
    later(20, () => {
      if (current !== utterance) return;
      utterance.onstart && utterance.onstart(new Event('start'));
      if (options.endless) return;
      later((utterance.text.length * (options.msPerChar || 15)) / utterance.rate, () => {
        if (current !== utterance) return;
        current = null;
        utterance.onend && utterance.onend(new Event('end'));
        run();
      });
    });
  };
  Object.assign(synthesis, {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => (listed ? voices.slice() : []),
    speak(utterance) {
      queue.push(utterance);
      run();
    },
    cancel() {
      record.cancelled += 1;
      queue = [];
      timers.forEach(clearTimeout);
      timers = [];
      const interrupted = current;
      current = null;
      // As engines do, the cancelled utterance hears of it later.
      if (interrupted) setTimeout(() => interrupted.onerror && interrupted.onerror(Object.assign(new Event('error'), { error: 'interrupted' })), 0);
    },
    // As on Android, where pause() acts as cancel().
    pause() {
      this.cancel();
    },
    resume() {},
  });
  setTimeout(() => {
    listed = true;
    if (synthesis.onvoiceschanged) synthesis.onvoiceschanged(new Event('voiceschanged'));
    synthesis.dispatchEvent(new Event('voiceschanged'));
  }, 50);
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: StandInUtterance, configurable: true, writable: true });
}
