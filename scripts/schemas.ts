/**
 * Writes the JSON Schema files for editors' tools to public/schemas/, from
 * the zod schemas. `npm run schemas`; `npm run check` tells when to rerun it.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFiles } from '../src/editor/json-schema.ts';
import { SCHEMA_DIR } from '../src/editor/schema-files.ts';

const files = schemaFiles();
mkdirSync(SCHEMA_DIR, { recursive: true });
for (const name of readdirSync(SCHEMA_DIR)) if (!files.has(name)) rmSync(join(SCHEMA_DIR, name));
for (const [name, text] of files) writeFileSync(join(SCHEMA_DIR, name), text);
console.log(`wrote ${files.size} schema files to ${SCHEMA_DIR}/`);
