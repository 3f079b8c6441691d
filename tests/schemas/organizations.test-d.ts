/** The TypeScript types inferred from organizationSchema: checked by `vitest --typecheck` (npm run typecheck), not run. */
import { describe, expectTypeOf, it } from 'vitest';
import type { OrganizationFacts } from '../../src/schemas/organizations.ts';
import type { OrganizationKind } from '../../src/schemas/vocab.ts';

describe('organizationSchema types', () => {
  it('infers the facts type', () => {
    expectTypeOf<OrganizationFacts>().toEqualTypeOf<{
      acronym?: string | undefined;
      kind: OrganizationKind;
      country?: string | undefined;
    }>();
  });
});
