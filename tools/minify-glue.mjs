// Trunk post_build hook: minifies the wasm-bindgen JS glue of release builds in Trunk's
// staging folder (Trunk itself minifies only the HTML). Keeps every export, so the page's
// `import init, * as bindings` still works.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of await readdir(staging)) {
    if (!name.endsWith('.js')) continue;
    const path = join(staging, name);
    const result = await minify(await readFile(path, 'utf8'), { module: true, compress: true, mangle: true });
    await writeFile(path, result.code);
  }
}
