/** The TypeScript types inferred from activitySchema: checked by `vitest --typecheck` (npm run typecheck), not run. */
import { describe, expectTypeOf, it } from 'vitest';
import type { ActivityFacts } from '../../src/schemas/activities.ts';
import type { FactQuotes, Figure, Source } from '../../src/schemas/fields.ts';
import type { ActivityKind, Sector, Theme } from '../../src/schemas/vocab.ts';

describe('activitySchema types', () => {
  it('infers the facts type', () => {
    expectTypeOf<ActivityFacts>().toEqualTypeOf<{
      regions: string[];
      sectors: Sector[];
      kind: ActivityKind;
      start?: string | undefined;
      end?: string | undefined;
      place?: string | undefined;
      country?: string | undefined;
      host?: string | undefined;
      beneficiaries: string[];
      countries: string[];
      organizers: string[];
      organizations: string[];
      themes: Theme[];
      resolutions: string[];
      references: string[];
      forum?: string | undefined;
      parts: string[];
      merges: string[];
      figures: Figure[];
      quotes: FactQuotes;
      source: Source;
    }>();
  });
});
