/**
 * Compiling the JSON Schemas in `schema/` with ajv. Loading content does not do this at run time
 * (ajv's import and compilation cost more than checking thousands of posts): it uses the validators
 * compiled ahead of time into schema-validators.generated.ts, which `validatorsSource` produces
 * (`node scripts/generate-validators.mjs` after a build; a test fails while it is stale).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module, { type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';

export type SchemaName = 'post' | 'account' | 'answer' | 'log-entry';

/** The schemas content loading checks, by the name the generated module exports them under. */
export const CONTENT_SCHEMAS = ['post', 'account', 'answer'] as const;

/** lib/content/ in the package, src/content/ in tests, dist/ in the bundled action. */
function schemaPath(name: SchemaName): string {
  for (const prefix of ['../../schema/', '../schema/', './schema/']) {
    const candidate = fileURLToPath(new URL(`${prefix}${name}.schema.json`, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`herald's schema/${name}.schema.json is missing from the installation`);
}

export function loadSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8')) as Record<string, unknown>;
}

type Ajv = InstanceType<typeof Ajv2020Module.default>;
const interop = <T>(module: T): T => (module as { default?: T }).default ?? module;

function createAjv(extra: Options = {}): Ajv {
  const Ajv2020 = interop(Ajv2020Module as unknown as typeof Ajv2020Module.default);
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, ...extra });
  // Our own annotation: the phrase a message uses for what belongs there.
  ajv.addKeyword({ keyword: 'x-expect', schemaType: 'string' });
  return ajv;
}

let ajv: Ajv | undefined;
const validators = new Map<SchemaName, ValidateFunction>();

/** A schema compiled now (tests, and schemas content loading does not check). */
export function validator(name: SchemaName): ValidateFunction {
  let compiled = validators.get(name);
  if (!compiled) {
    ajv ??= createAjv();
    compiled = ajv.compile(loadSchema(name));
    validators.set(name, compiled);
  }
  return compiled;
}

/** The source of schema-validators.generated.ts: ajv's standalone code for CONTENT_SCHEMAS. */
export function validatorsSource(): string {
  const compiler = createAjv({ code: { source: true, esm: true } });
  for (const name of CONTENT_SCHEMAS) compiler.addSchema(loadSchema(name), name);
  const names = Object.fromEntries(CONTENT_SCHEMAS.map((name) => [name, name]));
  return generated(compiler, names, 'schema/post.schema.json, schema/account.schema.json and schema/answer.schema.json', 'src/content/schema-compile.ts');
}

/**
 * The source of src/repository/log-entry-validator.generated.ts, compiled as src/repository/log.ts did
 * at run time: not strict (the schema's conditional `required`s name properties defined one level up).
 */
export function logEntryValidatorSource(): string {
  const Ajv2020 = interop(Ajv2020Module as unknown as typeof Ajv2020Module.default);
  const compiler = new Ajv2020({ strict: false, code: { source: true, esm: true } });
  compiler.addSchema(loadSchema('log-entry'), 'logEntry');
  return generated(compiler, { logEntry: 'logEntry' }, 'schema/log-entry.schema.json', 'src/content/schema-compile.ts (logEntryValidatorSource)');
}

function generated(compiler: Ajv, exports: Record<string, string>, from: string, options: string): string {
  const standalone = interop(standaloneModule as unknown as typeof standaloneModule.default);
  const ucs2length = interop(ucs2lengthModule as unknown as typeof ucs2lengthModule.default);
  let code = standalone(compiler, exports);
  // ESM output still require()s ajv's runtime helpers; the one our schemas use is inlined.
  const usesLength = code.includes('require("ajv/dist/runtime/ucs2length").default');
  code = code.split('require("ajv/dist/runtime/ucs2length").default').join('ucs2length');
  if (code.includes('require(')) throw new Error('the standalone validators need another ajv runtime helper; inline it in schema-compile.ts');
  return [
    '// @ts-nocheck',
    `// Generated from ${from} by scripts/generate-validators.mjs`,
    `// (ajv standalone, the options of ${options}). Do not edit; regenerate after a schema change.`,
    code.replace(/^"use strict";/, ''),
    ...(usesLength ? [ucs2length.toString()] : []),
    '',
  ].join('\n');
}
