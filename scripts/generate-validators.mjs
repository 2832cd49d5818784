#!/usr/bin/env node
/**
 * Regenerate what is made from other files (run after `npm run build`, which it uses):
 * - the `rules:` entries of schema/account.schema.json, from the rules' rows (src/model/rules.ts
 *   and src/content/rules/; the rest of the file is written by hand);
 * - src/content/schema-validators.generated.ts and src/repository/log-entry-validator.generated.ts,
 *   from schema/*.schema.json.
 * test/content/schemas.test.ts fails while a committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { accountSchemaSource } = await import(path.join(repo, 'lib/content/rules/catalogue.js'));
const accountSchema = path.join(repo, 'schema/account.schema.json');
await writeFile(accountSchema, accountSchemaSource(await readFile(accountSchema, 'utf8')));
// After the account schema: the validators are compiled from the file as just written.
const { validatorsSource, logEntryValidatorSource } = await import(path.join(repo, 'lib/content/schema-compile.js'));
await writeFile(path.join(repo, 'src/content/schema-validators.generated.ts'), validatorsSource());
await writeFile(path.join(repo, 'src/repository/log-entry-validator.generated.ts'), logEntryValidatorSource());
