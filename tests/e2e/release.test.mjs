// The release build as shipped: its code names no folder of the machine that built it (the
// remapped source paths of scripts/env.sh), so builds are alike everywhere and carry no one's
// home folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './server.mjs';

/** Every file of the build that holds compiled code: the wasm and its JavaScript glue. */
async function codeFiles() {
  const entries = await readdir(DIST, { recursive: true });
  return entries.filter((name) => /\.(wasm|js)$/.test(name)).map((name) => join(DIST, name));
}

test('the build\'s code names no folder of the machine that built it', async () => {
  const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
  const machineFolders = [`${homedir()}/`, `${root}/`, '.cargo/registry'];
  const files = await codeFiles();
  assert.ok(files.some((file) => file.endsWith('_bg.wasm')), `dist/ has wasm: ${files.join(' ')}`);
  for (const file of files) {
    const text = (await readFile(file)).toString('latin1');
    for (const folder of machineFolders) {
      assert.ok(!text.includes(folder), `${file} names ${folder}`);
    }
  }
});
