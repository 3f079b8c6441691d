/** Runs a schema and returns its issues as "field: message" lines, the way editors read them. */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';

export function issues(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const field = i.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
    return field ? `${field}: ${i.message}` : i.message;
  });
}

/** Parses and returns the data, failing with the issues if it does not parse. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new Error(`does not parse:\n${issues(schema, input).join('\n')}`);
  return r.data;
}

/** A facts file of the real content, as data. */
export function factsFile(path: string): Record<string, unknown> {
  return yaml.load(readFileSync(`content/${path}`, 'utf8')) as Record<string, unknown>;
}
