#!/usr/bin/env node
/**
 * Regenerate src/content/schema-validators.generated.ts and src/repository/log-entry-validator.generated.ts
 * from schema/*.schema.json after a schema change (run after `npm run build`, which it uses).
 * test/content/schemas.test.ts fails while a committed file is stale.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { validatorsSource, logEntryValidatorSource } = await import(path.join(repo, 'lib/content/schema-compile.js'));
await writeFile(path.join(repo, 'src/content/schema-validators.generated.ts'), validatorsSource());
await writeFile(path.join(repo, 'src/repository/log-entry-validator.generated.ts'), logEntryValidatorSource());
