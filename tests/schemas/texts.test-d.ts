/** The TypeScript types inferred from textSchema: checked by `vitest --typecheck` (npm run typecheck), not run. */
import { describe, expectTypeOf, it } from 'vitest';
import type { Text } from '../../src/schemas/texts.ts';

describe('textSchema types', () => {
  it('infers the text type', () => {
    expectTypeOf<Text>().toEqualTypeOf<{
      title: string;
      short?: string | undefined;
      literal?: string | undefined;
      aliases?: string[] | undefined;
      untranslated?: true | undefined;
      summary?: string | undefined;
      theme?: string | undefined;
      quotes?:
        | {
            date?: string | undefined;
            end?: string | undefined;
            venue?: string | undefined;
            host?: string | undefined;
            alongside?: string | undefined;
            what?: string | undefined;
            sectors?: Record<string, string> | undefined;
            names?: Record<string, string> | undefined;
            figures?: Record<string, string> | undefined;
          }
        | undefined;
      blockTitles?: Record<string, string> | undefined;
      blocks?: Record<string, string> | undefined;
    }>();
  });
});
