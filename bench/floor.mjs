// The floor herald validate is compared with: read the same files and parse their front matter
// with `yaml`, nothing else. Same file discovery and the same (fastest) way of reading as herald.
//
//   node bench/floor.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

function list(root, dir, suffix, recursive) {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true, recursive });
  return entries.filter((e) => e.isFile() && e.name.endsWith(suffix)).map((e) => path.join(e.parentPath ?? e.path, e.name));
}

const root = path.resolve(process.argv[2] ?? '.');
const files = [...list(root, 'schedules', '.yaml', false), ...list(root, 'posts', '.md', true)];
let keys = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  let frontMatter = text;
  if (file.endsWith('.md')) {
    const end = text.indexOf('\n---', 3);
    frontMatter = text.slice(3, end === -1 ? text.length : end);
  }
  keys += Object.keys(parse(frontMatter) ?? {}).length;
}
process.stdout.write(`${JSON.stringify({ files: files.length, keys })}\n`);
