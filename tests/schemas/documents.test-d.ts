/** The TypeScript types inferred from documentSchema: checked by `vitest --typecheck` (npm run typecheck), not run. */
import { describe, expectTypeOf, it } from 'vitest';
import type { Block, DocumentFacts } from '../../src/schemas/documents.ts';
import type { FigureKey, FigureQualifier, FigureScope, BlockKind, Locale, ResolutionBody } from '../../src/schemas/vocab.ts';

describe('documentSchema types', () => {
  it('infers the facts types', () => {
    expectTypeOf<Block>().toEqualTypeOf<{ id: string; kind: BlockKind; number?: string | undefined }>();
    expectTypeOf<DocumentFacts>().toEqualTypeOf<{
      body: ResolutionBody;
      session: string;
      year: number;
      date: string;
      symbol?: string | undefined;
      originalLanguage: Locale;
      languages: Locale[];
      status: 'current' | 'previous';
      keyFigures: {
        key: FigureKey;
        value: number;
        qualifier: FigureQualifier;
        quote: string;
        scope: FigureScope;
        asOf?: string | undefined;
        block: string;
      }[];
      blocks: Block[];
    }>();
  });
});
