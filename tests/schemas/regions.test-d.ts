/** The TypeScript types inferred from regionSchema: checked by `vitest --typecheck` (npm run typecheck), not run. */
import { describe, expectTypeOf, it } from 'vitest';
import type { RegionFacts } from '../../src/schemas/regions.ts';
import type { Source } from '../../src/schemas/fields.ts';

describe('regionSchema types', () => {
  it('infers the facts type', () => {
    expectTypeOf<RegionFacts>().toEqualTypeOf<{
      code: 'AFR' | 'AMS' | 'ARB' | 'ASP' | 'CIS' | 'EUR';
      office: string;
      areaOffices: string[];
      members: string[];
      quotes: { office?: string | undefined; areaOffices?: Record<string, string> | undefined };
      outside?: { source: string; fields: ('members' | 'office' | 'areaOffices')[] } | undefined;
      source: Source;
    }>();
  });
});
