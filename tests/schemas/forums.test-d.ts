/** The TypeScript types inferred from forumSchema: checked by `vitest --typecheck` (npm run typecheck), not run. */
import { describe, expectTypeOf, it } from 'vitest';
import type { ForumFacts } from '../../src/schemas/forums.ts';
import type { FactQuotes, Figure, Source } from '../../src/schemas/fields.ts';

describe('forumSchema types', () => {
  it('infers the facts type', () => {
    expectTypeOf<ForumFacts>().toEqualTypeOf<{
      region: string;
      start: string;
      end?: string | undefined;
      place?: string | undefined;
      country?: string | undefined;
      host?: string | undefined;
      organizers: string[];
      colocated: string[];
      organizations: string[];
      countries: string[];
      resolutions: string[];
      figures: Figure[];
      quotes: FactQuotes;
      source: Source;
    }>();
  });
});
