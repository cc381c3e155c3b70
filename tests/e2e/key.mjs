// The content's answer key, written by Rust (`crates/anxin-content/src/bin/answer-key.rs`):
// which options of each question are right, which lines of each case are red flags, the
// topics, and each workshop plan's blocks. The tests tap by it, never by what the page shows
// and never by reading the Rust source as text, so a change to the content's shape cannot
// leave them reading a stale or empty key.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
let key;

/** { questions: { id: { topic, options: [{ key, right }] } }, topics: [id], cases: { id: { scenes, lines: [{ speaker, redFlag }] } }, plans: { id: [{ kind, ids }] } } */
export function answerKey() {
  key ??= JSON.parse(
    execFileSync('cargo', ['run', '--quiet', '--package', 'anxin-content', '--bin', 'answer-key'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  return key;
}
