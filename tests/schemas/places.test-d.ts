/** The TypeScript types inferred from placeSchema: checked by `vitest --typecheck` (npm run typecheck), not run. */
import { describe, expectTypeOf, it } from 'vitest';
import type { PlaceFacts } from '../../src/schemas/places.ts';

describe('placeSchema types', () => {
  it('infers the facts type', () => {
    expectTypeOf<PlaceFacts>().toEqualTypeOf<{ country: string; coordinates: [number, number] }>();
  });
});
