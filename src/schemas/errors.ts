/**
 * Plain-language messages for zod's generic issues (a missing field, a wrong
 * type, a string that is too long). Set once as zod's global error map, so the
 * build (Astro's content layer) and `npm run check` say the same thing.
 * Messages given by a schema itself take precedence.
 */
import { z } from 'astro/zod';

/** A value as the editor wrote it, shortened, for messages. */
export function show(v: unknown): string {
  if (v instanceof Date) return `${(v as Date & { raw?: string }).raw ?? v.toISOString().slice(0, 10)} (an unquoted date)`;
  if (v === null) return 'an empty value';
  // What JSON cannot write.
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return String(v);
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return typeof v === 'string' ? `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"` : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** The message for a value that is absent (undefined) or empty (null), else undefined. */
export function missing(input: unknown, expected: string): string | undefined {
  if (input === undefined) return `is required (expected ${expected})`;
  if (input === null) return `is empty (expected ${expected})`;
  return undefined;
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields',
  tuple: 'a list',
  record: 'a mapping of fields',
};
const noun = (expected: string) => NOUNS[expected] ?? expected;

/** What a YAML value is, in words. */
function kindOf(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return 'an unquoted date';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return 'true/false';
  return 'text';
}

interface Issue {
  code: string;
  input?: unknown;
  [k: string]: unknown;
}

export function friendlyMessage(iss: Issue): string | undefined {
  const input = iss.input;
  switch (iss.code) {
    case 'invalid_type': {
      const expected = String(iss.expected);
      if (input === undefined) return `is required (expected ${noun(expected)})`;
      if (input === null) return `is empty (expected ${noun(expected)})`;
      if (expected === 'int') return `${show(input)} is not a whole number`;
      if (input instanceof Date && expected === 'string') return `${show(input)} must be quoted`;
      return `${show(input)} is ${kindOf(input)} (expected ${noun(expected)})`;
    }
    case 'too_big': {
      const max = Number(iss.maximum);
      if (iss.origin === 'string' && typeof input === 'string') return `is ${input.length} characters long (expected at most ${max})`;
      if (iss.origin === 'number') return `${show(input)} is too large (expected at most ${max})`;
      if (Array.isArray(input)) return `has ${input.length} items (expected at most ${max})`;
      return undefined;
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'string' && typeof input === 'string')
        return input.length === 0 ? 'is empty' : `is ${input.length} characters long (expected at least ${min})`;
      if (iss.origin === 'number')
        return `${show(input)} is too small (expected ${iss.inclusive === false ? 'more than' : 'at least'} ${min})`;
      if (Array.isArray(input))
        return input.length === 0
          ? `is empty (expected at least ${min} item${min === 1 ? '' : 's'})`
          : `has ${input.length} items (expected at least ${min})`;
      return undefined;
    }
    case 'invalid_format':
      return iss.format === 'regex'
        ? `${show(input)} is not in the expected form (${String(iss.pattern)})`
        : `${show(input)} is not a valid ${String(iss.format)}`;
    case 'invalid_value':
      return `${show(input)} is not allowed (expected one of: ${(iss.values as unknown[]).map((v) => String(v)).join(', ')})`;
    default:
      return undefined;
  }
}

z.config({ customError: (iss) => friendlyMessage(iss) });
