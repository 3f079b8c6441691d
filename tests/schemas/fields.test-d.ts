/** The TypeScript types inferred from the shared field builders: checked by `vitest --typecheck` (npm run typecheck), not run. */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'astro/zod';
import { coordinates, partialDate, ref, vocab, type FactQuotes, type Figure, type Source } from '../../src/schemas/fields.ts';
import type { FigureKey, FigureQualifier, FigureScope } from '../../src/schemas/vocab.ts';

describe('field types', () => {
  it('partialDate infers a string', () => {
    expectTypeOf<z.output<typeof partialDate>>().toEqualTypeOf<string>();
  });

  it('ref infers a string (the id)', () => {
    expectTypeOf<z.output<ReturnType<typeof ref>>>().toEqualTypeOf<string>();
  });

  it('vocab infers the union of its values', () => {
    expectTypeOf<z.output<ReturnType<typeof vocab<readonly ['red', 'green']>>>>().toEqualTypeOf<'red' | 'green'>();
  });

  it('source lists blocks, an optional document and the blocks of other editions', () => {
    expectTypeOf<Source>().toEqualTypeOf<{
      document?: string | undefined;
      blocks: string[];
      also?: { document: string; blocks: string[] }[] | undefined;
    }>();
  });

  it('figure infers key, value, qualifier, its quote, scope and date', () => {
    expectTypeOf<Figure>().toEqualTypeOf<{
      key: FigureKey;
      value: number;
      qualifier: FigureQualifier;
      quote: string;
      scope: FigureScope;
      asOf?: string | undefined;
    }>();
  });

  it('factQuotes infers the phrases of the original, all optional', () => {
    expectTypeOf<FactQuotes>().toEqualTypeOf<{
      date?: string | undefined;
      end?: string | undefined;
      venue?: string | undefined;
      host?: string | undefined;
      alongside?: string | undefined;
      what?: string | undefined;
      sectors?: Record<string, string> | undefined;
      names?: Record<string, string> | undefined;
    }>();
  });

  it('coordinates infers a [longitude, latitude] pair', () => {
    expectTypeOf<z.output<typeof coordinates>>().toEqualTypeOf<[number, number]>();
  });
});
