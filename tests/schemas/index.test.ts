import { describe, expect, it } from 'vitest';
import { FACT_COLLECTIONS, FACT_SCHEMAS } from '../../src/schemas/index.ts';
import { textSchema } from '../../src/schemas/texts.ts';
import { issues } from '../helpers/schema.ts';

describe('FACT_SCHEMAS', () => {
  it('has one schema per collection folder', () => {
    expect(FACT_COLLECTIONS).toEqual([
      'documents',
      'regions',
      'places',
      'organizations',
      'resolutions',
      'references',
      'forums',
      'activities',
    ]);
  });

  it('shares no field name with the text schema: a field is either a fact or a text', () => {
    const textKeys = Object.keys(textSchema.shape);
    for (const c of FACT_COLLECTIONS) {
      const schema = FACT_SCHEMAS[c];
      const shape = 'shape' in schema ? schema.shape : (schema as unknown as { def: { in: { shape: object } } }).def.in.shape;
      // Two exceptions by design, each the same ids on both sides: the document's `blocks` (its structure in the facts,
      // its words in the text), and the `quotes` of forums, activities and regions (the original's phrases in the facts, our
      // translations of them in the text).
      const byDesign = (k: string) =>
        (c === 'documents' && k === 'blocks') || (['forums', 'activities', 'regions'].includes(c) && k === 'quotes');
      const shared = Object.keys(shape).filter((k) => textKeys.includes(k) && !byDesign(k));
      expect(shared, c).toEqual([]);
    }
  });

  it('every facts schema is strict: an unknown field is an error, not silently dropped', () => {
    for (const c of FACT_COLLECTIONS) expect(issues(FACT_SCHEMAS[c], { __typo: 1 }), c).toContain('Unrecognized key: "__typo"');
  });
});
