// Parses every locales/*/*.ftl with Mozilla's own Fluent parser (@fluent/syntax), a second and
// independent check beside fluent-rs in the native tests. Fails naming the file, line and error
// of anything it cannot read. Run by scripts/test.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FluentParser } from '@fluent/syntax';

const root = new URL('../locales/', import.meta.url).pathname;
const parser = new FluentParser({ withSpans: true });
let files = 0;
let messages = 0;
const problems = [];
for (const locale of await readdir(root, { withFileTypes: true })) {
  if (!locale.isDirectory()) continue;
  for (const name of await readdir(join(root, locale.name))) {
    if (!name.endsWith('.ftl')) continue;
    const path = join(root, locale.name, name);
    const source = await readFile(path, 'utf8');
    const resource = parser.parse(source);
    files += 1;
    for (const entry of resource.body) {
      if (entry.type === 'Message' || entry.type === 'Term') messages += 1;
      if (entry.type !== 'Junk') continue;
      const line = source.slice(0, entry.span.start).split('\n').length;
      for (const annotation of entry.annotations) {
        problems.push(`${locale.name}/${name}:${line}: ${annotation.code} ${annotation.message}`);
      }
    }
  }
}
if (files === 0) throw new Error(`no .ftl files under ${root}`);
console.log(`@fluent/syntax read ${files} files, ${messages} messages`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
