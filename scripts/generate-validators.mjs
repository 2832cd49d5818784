#!/usr/bin/env node
/**
 * Regenerate src/content/schema-validators.generated.ts from schema/*.schema.json after a schema
 * change (run after `npm run build`, which it uses). test/content/schemas.test.ts fails while the
 * committed file is stale.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { validatorsSource } = await import(path.join(repo, 'lib/content/schema-compile.js'));
await writeFile(path.join(repo, 'src/content/schema-validators.generated.ts'), validatorsSource());
