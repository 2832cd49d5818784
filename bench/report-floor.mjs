// The floor `herald report` is compared with: read the files the report reads and parse them, nothing
// else: every post's front matter with `yaml` (as bench/floor.mjs), and every line of the log and the
// metrics file with JSON.parse.
//
//   node bench/report-floor.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

function list(root, dir, suffix, recursive) {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true, recursive });
  return entries.filter((e) => e.isFile() && e.name.endsWith(suffix)).map((e) => path.join(e.parentPath ?? e.path, e.name));
}

function jsonLines(file) {
  let count = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    JSON.parse(line);
    count++;
  }
  return count;
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
const log = jsonLines(path.join(root, 'schedules/log.jsonl'));
const metrics = jsonLines(path.join(root, 'schedules/metrics.jsonl'));
process.stdout.write(`${JSON.stringify({ files: files.length, keys, log, metrics })}\n`);
