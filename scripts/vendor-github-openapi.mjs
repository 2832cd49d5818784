#!/usr/bin/env node
/**
 * Cut the subset of GitHub's published OpenAPI description that herald's action calls, so the tests
 * can hold the GitHub stand-in (test/helpers/github-standin.ts) to GitHub's contract without the
 * whole package as a dependency (@octokit/openapi is 385 MB unpacked; the subset is a few hundred KB).
 *
 *   node scripts/vendor-github-openapi.mjs [path/to/@octokit/openapi]
 *
 * Writes test/fixtures/github-api-contract/api.github.com.subset.json: the operations below, and
 * every component they `$ref`, transitively. Examples are dropped (documentation, not contract).
 * The source's package version and sha256 go into the subset's `info.x-subset-of`; the README
 * beside it records them for readers.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = path.resolve(process.argv[2] ?? '/tmp/tr/node_modules/@octokit/openapi');
const sourceFile = path.join(packageDir, 'generated/api.github.com.json');
const target = path.join(repo, 'test/fixtures/github-api-contract/api.github.com.subset.json');

/** What src/github/ calls: method and path template, as GitHub's document spells them. */
export const OPERATIONS = [
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}'],
];

function withoutExamples(value) {
  if (Array.isArray(value)) return value.map(withoutExamples);
  if (!value || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) if (key !== 'examples' && key !== 'example') out[key] = withoutExamples(v);
  return out;
}

function refsIn(value, found = new Set()) {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.add(v);
      else refsIn(v, found);
    }
  }
  return found;
}

const bytes = await readFile(sourceFile);
const sha256 = createHash('sha256').update(bytes).digest('hex');
const version = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')).version;
const doc = JSON.parse(bytes.toString('utf8'));

const paths = {};
for (const [method, template] of OPERATIONS) {
  const operation = doc.paths[template]?.[method];
  if (!operation) throw new Error(`${method.toUpperCase()} ${template} is not in ${sourceFile}`);
  paths[template] ??= {};
  paths[template][method] = withoutExamples(operation);
}

// Components, by JSON pointer, until no new $ref turns up.
const components = {};
const pending = [...refsIn(paths)];
const seen = new Set();
while (pending.length > 0) {
  const ref = pending.pop();
  if (seen.has(ref)) continue;
  seen.add(ref);
  const [, , kind, name, ...rest] = ref.split('/');
  if (!ref.startsWith('#/components/') || rest.length > 0) throw new Error(`unexpected $ref ${ref}`);
  const value = withoutExamples(doc.components[kind][name]);
  (components[kind] ??= {})[name] = value;
  pending.push(...refsIn(value));
}
for (const kind of Object.keys(components)) components[kind] = Object.fromEntries(Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)));

const subset = {
  openapi: doc.openapi,
  info: {
    ...doc.info,
    'x-subset-of': {
      package: '@octokit/openapi',
      version,
      file: 'generated/api.github.com.json',
      sha256,
      operations: OPERATIONS.map(([m, t]) => `${m.toUpperCase()} ${t}`),
    },
  },
  servers: doc.servers,
  paths,
  components,
};
await writeFile(target, `${JSON.stringify(subset, null, 1)}\n`);
console.log(`${path.relative(repo, target)}: ${OPERATIONS.length} operations, ${seen.size} components, from @octokit/openapi ${version} (sha256 ${sha256})`);
