/** The TypeScript types inferred from resolutionSchema: checked by `vitest --typecheck` (npm run typecheck), not run. */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'astro/zod';
import type { ResolutionFacts, revisionSchema } from '../../src/schemas/resolutions.ts';
import type { Source } from '../../src/schemas/fields.ts';
import type { ResolutionBody } from '../../src/schemas/vocab.ts';

describe('resolutionSchema types', () => {
  it('infers the facts type', () => {
    expectTypeOf<z.output<typeof revisionSchema>>().toEqualTypeOf<{ conference: string; place: string; year: number }>();
    expectTypeOf<ResolutionFacts>().toEqualTypeOf<{
      body: ResolutionBody;
      number: number;
      revisions: { conference: string; place: string; year: number }[];
      source: Source;
    }>();
  });
});
