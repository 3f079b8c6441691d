/** The JSON Schema files in public/schemas/: which are missing or out of date. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { schemaFiles } from './json-schema.ts';
import type { Problem } from '../loading/problems.ts';

export const SCHEMA_DIR = 'public/schemas';

export function staleSchemaFiles(projectRoot: string): Problem[] {
  const dir = join(projectRoot, SCHEMA_DIR);
  const problems: Problem[] = [];
  const want = schemaFiles();
  for (const [name, text] of want) {
    const abs = join(dir, name);
    if (!existsSync(abs)) problems.push({ file: `${SCHEMA_DIR}/${name}`, field: '', message: 'is missing (run npm run schemas)' });
    else if (readFileSync(abs, 'utf8') !== text)
      problems.push({ file: `${SCHEMA_DIR}/${name}`, field: '', message: 'is out of date with src/schemas (run npm run schemas)' });
  }
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (!want.has(name))
        problems.push({
          file: `${SCHEMA_DIR}/${name}`,
          field: '',
          message: 'is not the schema of a collection (delete it, or run npm run schemas)',
        });
    }
  }
  return problems;
}
