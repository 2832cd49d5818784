/**
 * One rule catalogue (the rows of src/content/rules/ and src/model/rules.ts): the account schema, the
 * content rules' registry and the README say what the rows say.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAccountFile } from '../../src/content/account-file.js';
import { RULE_CATALOGUE } from '../../src/content/rules/catalogue.js';
import { bareLink } from '../../src/content/rules/bare-link.js';
import { hashtagCount } from '../../src/content/rules/hashtag-count.js';
import { CONTENT_RULE_IDS } from '../../src/content/rules/index.js';
import { validator } from '../../src/content/schema-compile.js';
import { defaultOptions, type RuleRow, ruleSetting } from '../../src/model/rules.js';
import { repoRoot } from '../helpers/cli.js';

interface SchemaNode {
  $ref?: string;
  description?: string;
  type?: string | string[];
  anyOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
}

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/account.schema.json'), 'utf8')) as {
  $defs: Record<string, SchemaNode>;
  properties: { rules: SchemaNode };
};
const schemaRules = schema.properties.rules.properties ?? {};
const RULES: Record<string, RuleRow> = Object.fromEntries(RULE_CATALOGUE.map((row) => [row.id, row]));
const RULE_IDS = RULE_CATALOGUE.map((row) => row.id);
const settable = RULE_IDS.filter((id) => RULES[id]!.settable);
const ofPhase = (phase: 'content' | 'plan') => RULE_IDS.filter((id) => RULES[id]!.phase === phase);

/** The option names a rule's schema entry accepts besides `level`. */
function schemaOptions(entry: SchemaNode): string[] {
  const resolved = entry.$ref ? schema.$defs[entry.$ref.replace('#/$defs/', '')]! : entry;
  const object = resolved.anyOf?.find((branch) => branch.properties);
  return Object.keys(object?.properties ?? {})
    .filter((name) => name !== 'level')
    .sort();
}

describe('the rule catalogue', () => {
  it('has one row per id', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('the account schema lists exactly the settable rules', () => {
    expect(Object.keys(schemaRules).sort()).toEqual([...settable].sort());
  });

  it.each(settable)('%s: the schema has the catalogue’s options and description', (id) => {
    const entry = schemaRules[id]!;
    expect(schemaOptions(entry)).toEqual(Object.keys(RULES[id]!.options).sort());
    expect(entry.description).toBe(RULES[id]!.description);
  });

  it.each(settable)('%s: its defaults, written out in an account file, are valid', (id) => {
    const valid = validator('account');
    const row = RULES[id]!;
    const written = { zone: 'UTC', rules: { [id]: { level: row.level, ...defaultOptions(row.options) } } };
    expect(valid(written), JSON.stringify(valid.errors)).toBe(true);
  });

  it('an account without a setting gets the row’s level and options', () => {
    for (const row of RULE_CATALOGUE) expect(ruleSetting(undefined, row)).toEqual({ level: row.level, ...defaultOptions(row.options) });
    const account = { rules: { 'hashtag-count': { max: 5 }, 'bare-link': 'error' as const } };
    expect(ruleSetting(account, hashtagCount)).toEqual({ level: 'warning', max: 5 });
    expect(ruleSetting(account, bareLink)).toEqual({ level: 'error', min_words: 4 });
  });

  it('a written value the schema refuses never reaches a check: the default stands in (fail closed)', () => {
    const account = { rules: { 'hashtag-count': { level: 'loud', max: -1 }, 'bare-link': { min_words: 'four' } } } as never;
    expect(ruleSetting(account, hashtagCount)).toEqual({ level: 'warning', max: 2 });
    expect(ruleSetting(account, bareLink)).toEqual({ level: 'warning', min_words: 4 });
  });

  it('the catalogue opens with the registered content rules, in the order they run', () => {
    expect(ofPhase('content')).toEqual(CONTENT_RULE_IDS);
    expect(RULE_IDS.slice(0, CONTENT_RULE_IDS.length)).toEqual(CONTENT_RULE_IDS);
  });

  it.each([
    ['an unknown rule', 'hashtag-counts: off', 'hashtag-count'],
    ['a rule the account file cannot set', 'queue-unschedulable: off', undefined],
  ])('%s under rules: is an error that blocks the account', (_name, line, suggestion) => {
    const source = readAccountFile('schedules/main.yaml', `zone: UTC\nrules:\n  ${line}\n`);
    const found = source.reporter.diagnostics;
    expect(found).toEqual([expect.objectContaining({ severity: 'error', rule: 'unknown-key', line: 3, column: 3 })]);
    if (suggestion) expect(found[0]!.message).toContain(`did you mean \`${suggestion}\``);
    for (const id of settable) expect(found[0]!.message).toContain(id);
    expect(source.account?.problems).toHaveLength(1);
  });

  it('the README documents every rule: a content rule in the table of post checks, the plan’s settable rules in one sentence', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const postChecks = readme.slice(readme.indexOf('**What `herald validate` checks in a post**'));
    const table = /\n((?:\|.*\n)+)/.exec(postChecks)?.[1] ?? '';
    const inTable = new Set([...table.matchAll(/^\| ((?:`[a-z-]+`(?:, )?)+) \|/gm)].flatMap((m) => [...m[1]!.matchAll(/`([a-z-]+)`/g)].map((n) => n[1])));
    for (const id of ofPhase('content')) expect(inTable, `README's table of post checks has no row for \`${id}\``).toContain(id);
    const sentence = /The time rules under `rules:` \(([^)]*)\)/.exec(readme);
    const named = [...(sentence?.[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
    expect([...named].sort()).toEqual(settable.filter((id) => RULES[id]!.phase === 'plan').sort());
  });
});
