/**
 * One rule catalogue (src/model/rules.ts): the account schema, the content rules' registry and the
 * README say what the catalogue says.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAccountFile } from '../../src/content/account-file.js';
import { CONTENT_RULE_IDS } from '../../src/content/rules/index.js';
import { validator } from '../../src/content/schema-compile.js';
import { RULE_IDS, RULES, type RuleId, ruleSetting } from '../../src/model/rules.js';
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
const settable = RULE_IDS.filter((id) => RULES[id].settable);
const ofPhase = (phase: 'content' | 'plan') => settable.filter((id) => RULES[id].phase === phase);

/** The option names a rule's schema entry accepts besides `level`. */
function schemaOptions(entry: SchemaNode): string[] {
  const resolved = entry.$ref ? schema.$defs[entry.$ref.replace('#/$defs/', '')]! : entry;
  const object = resolved.anyOf?.find((branch) => branch.properties);
  return Object.keys(object?.properties ?? {})
    .filter((name) => name !== 'level')
    .sort();
}

describe('the rule catalogue', () => {
  it('the account schema lists exactly the settable rules', () => {
    expect(Object.keys(schemaRules).sort()).toEqual([...settable].sort());
  });

  it.each(settable)('%s: the schema has the catalogue’s options and description', (id) => {
    const entry = schemaRules[id]!;
    expect(schemaOptions(entry)).toEqual(Object.keys(RULES[id].options).sort());
    expect(entry.description).toBe(RULES[id].description);
  });

  it.each(settable)('%s: its defaults, written out in an account file, are valid', (id) => {
    const valid = validator('account');
    const written = { zone: 'UTC', rules: { [id]: { level: RULES[id].level, ...RULES[id].options } } };
    expect(valid(written), JSON.stringify(valid.errors)).toBe(true);
  });

  it('an account without a setting gets the catalogue’s level and options', () => {
    for (const id of RULE_IDS) expect(ruleSetting(undefined, id)).toEqual({ level: RULES[id].level, ...RULES[id].options });
    const account = { rules: { 'hashtag-count': { max: 5 }, 'bare-link': 'error' as const } };
    expect(ruleSetting(account, 'hashtag-count')).toEqual({ level: 'warning', max: 5 });
    expect(ruleSetting(account, 'bare-link')).toEqual({ level: 'error', min_words: 4 });
  });

  it('the content rules registered are the catalogue’s content rules, in its order', () => {
    expect(CONTENT_RULE_IDS).toEqual(RULE_IDS.filter((id) => RULES[id].phase === 'content'));
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

  it('the README names every settable rule where it says how to set it', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    // The account file's example sets the content rules…
    const example = /^rules:.*\n((?: {2}\S.*\n)+)/m.exec(readme.slice(readme.indexOf('## Accounts and schedules')));
    const inExample = [...(example?.[1] ?? '').matchAll(/^ {2}([a-z-]+):/gm)].map((m) => m[1] as RuleId);
    expect(inExample).toEqual(ofPhase('content'));
    // …and names the plan's rules in one sentence.
    const sentence = /The time rules under `rules:` \(([^)]*)\)/.exec(readme);
    const named = [...(sentence?.[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]);
    expect([...named].sort()).toEqual([...ofPhase('plan')].sort());
  });
});
