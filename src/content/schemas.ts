/**
 * The JSON Schemas in `schema/`, as validators compiled ahead of time (schema-validators.generated.ts:
 * ajv's compilation cost more at every start than checking thousands of posts), and their errors
 * translated into sentences for the person who wrote the file.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Said, SourcePos } from '../model/diagnostic.js';
import { say } from '../i18n/say.js';
import { START, type FileReporter } from './diagnostics.js';
import type { CONTENT_SCHEMAS } from './schema-compile.js';
import * as compiled from './schema-validators.generated.js';
import type { YamlSource } from './yaml-source.js';
import { didYouMean, quote } from './text-index.js';

interface ContentValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
const validators = compiled as unknown as Record<(typeof CONTENT_SCHEMAS)[number], ContentValidator>;

/** Check `source.data` against a schema and report every problem at its key's line. */
export function checkSchema(name: (typeof CONTENT_SCHEMAS)[number], source: YamlSource, reporter: FileReporter, noun: string): boolean {
  const validate = validators[name];
  if (validate(source.data)) return true;
  for (const error of relevantErrors(validate.errors ?? [])) {
    const { rule, at, message } = translate(error, source, noun, name);
    reporter.error(rule, at, message);
  }
  return false;
}

interface Schemaish {
  type?: string | string[];
  properties?: Record<string, Schemaish>;
  examples?: unknown[];
  'x-expect'?: string;
  $ref?: string;
}

/**
 * With allErrors, a failed anyOf/oneOf is preceded by every branch's failures. Branches that fail
 * only because the value has another type say nothing useful; when others remain (an object with
 * a misspelt option), report those, otherwise the combined error with its expected forms.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  errors.forEach((combinator, index) => {
    if (combinator.keyword !== 'anyOf' && combinator.keyword !== 'oneOf') return;
    const at = combinator.instancePath;
    const branch: ErrorObject[] = [];
    for (let j = index - 1; j >= 0; j--) {
      const e = errors[j];
      if (dropped.has(e) || !(e.instancePath === at || e.instancePath.startsWith(`${at}/`))) break;
      branch.push(e);
    }
    for (const e of branch) dropped.add(e);
    const mismatch = (e: ErrorObject) => e.instancePath === at && ['type', 'enum', 'const', 'required'].includes(e.keyword);
    const specific = branch.filter((e) => !mismatch(e));
    if (specific.length > 0) {
      for (const e of specific) dropped.delete(e);
      dropped.add(combinator);
    }
  });
  // A value of the wrong type (`publish: 2026-12-08 9am`) also fails the combinator at its place,
  // whose branches then all "pass" (required only binds objects): the type error alone says it.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type' && !dropped.has(e)).map((e) => e.instancePath));
  // One message per place and kind is enough.
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (dropped.has(e)) return false;
    if ((e.keyword === 'oneOf' || e.keyword === 'anyOf') && wrongType.has(e.instancePath)) return false;
    const params = e.params as { missingProperty?: string; additionalProperty?: string };
    const key = `${e.instancePath}|${e.keyword}|${params.missingProperty ?? ''}|${params.additionalProperty ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dotted(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function positionOf(map: Record<string, SourcePos>, path: string): SourcePos {
  for (let p = path; ; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    if (map[p]) return map[p];
    if (p === '') return START;
  }
}

/** `key: value` as the user would type it, from a schema's first example. */
function exampleLine(key: string, schema: Schemaish | undefined): string {
  const example = schema?.examples?.[0];
  if (example === undefined) return '';
  return `${key}: ${inlineYaml(example)}`;
}

function inlineYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineYaml).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${inlineYaml(v)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string' && /^(?:\d\d:\d\d|@.*)$/.test(value)) return JSON.stringify(value);
  return String(value);
}

function translate(
  error: ErrorObject,
  source: YamlSource,
  noun: string,
  name: (typeof CONTENT_SCHEMAS)[number],
): { rule: string; at: SourcePos; message: string | Said } {
  const path = dotted(error.instancePath);
  const where = path ? `\`${path}\`` : noun;
  const lastKey = path.split('.').pop() ?? '';
  const parent = error.parentSchema as Schemaish | undefined;
  const expect = parent?.['x-expect'];
  const at = positionOf(source.positions, path);
  const example = /^\d+$/.test(lastKey) ? '' : exampleLine(lastKey, parent);
  const forExample = example ? ` For example: \`${example}\`.` : '';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(parent?.properties ?? {});
      const suggestion = didYouMean(key, allowed);
      const keyPath = path ? `${path}.${key}` : key;
      return {
        rule: 'unknown-key',
        at: positionOf(source.keys, keyPath),
        message: say(suggestion ? 'unknown-key.suggest' : 'unknown-key.remove', {
          key,
          where: path ? `\`${path}\`` : say(name === 'account' ? 'where.account-file' : 'where.front-matter'),
          suggestion: suggestion ?? '',
          allowed: allowed.join(', '),
        }),
      };
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const missingSchema = parent?.properties?.[missing];
      const sample = exampleLine(missing, missingSchema);
      return {
        rule: 'schema',
        at,
        message: `${where} needs \`${missing}\`${missingSchema?.['x-expect'] ? ` (${missingSchema['x-expect']})` : ''}${sample ? `; add a line like \`${sample}\`` : ''}.`,
      };
    }
    case 'oneOf':
    case 'anyOf': {
      const passing = (error.params as { passingSchemas?: unknown }).passingSchemas;
      const value = valueAt(source.data, path);
      const both = passing && path === 'publish' && isObject(value) && 'at' in value && 'slot' in value ? ' (it has both `at` and `slot`; keep one)' : '';
      return {
        rule: 'schema',
        at,
        message: `${where} must be ${expect ?? 'one of the documented forms'}${both}${value !== undefined && typeof value !== 'object' ? ` — you wrote \`${quote(value)}\`` : ''}.${forExample}`,
      };
    }
    case 'maxItems':
    case 'minItems': {
      const limit = (error.params as { limit: number }).limit;
      return {
        rule: 'schema',
        at,
        message: `${where} has ${error.keyword === 'maxItems' ? `more than ${limit}` : `fewer than ${limit}`} entr${limit === 1 ? 'y' : 'ies'}; it must be ${expect ?? 'a shorter list'}.`,
      };
    }
    default: {
      const value = error.data;
      return {
        rule: 'schema',
        at,
        message: `${where} must be ${expect ?? describeKeyword(error)} — you wrote \`${quote(value)}\`.${forExample}`,
      };
    }
  }
}

function describeKeyword(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `a ${String(params.type).replace(',', ' or a ')}`;
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return String(params.allowedValue);
    default:
      return error.message ?? 'valid';
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path ? path.split('.') : []) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
