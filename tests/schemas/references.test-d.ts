/** The TypeScript types inferred from referenceSchema: checked by `vitest --typecheck` (npm run typecheck), not run. */
import { describe, expectTypeOf, it } from 'vitest';
import type { ReferenceFacts } from '../../src/schemas/references.ts';
import type { Source } from '../../src/schemas/fields.ts';
import type { ReferenceKind } from '../../src/schemas/vocab.ts';

describe('referenceSchema types', () => {
  it('infers the facts type', () => {
    expectTypeOf<ReferenceFacts>().toEqualTypeOf<{
      kind: ReferenceKind;
      symbol?: string | undefined;
      year?: number | undefined;
      source: Source;
    }>();
  });
});
