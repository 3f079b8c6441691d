import { z } from 'astro/zod';
import { RESOLUTION_BODIES } from './vocab.ts';
import { missing, show } from './errors.ts';
import { doc, ref, source, vocab, wholeNumber, year } from './fields.ts';

/** One revision of a resolution by a conference. */
export const revisionSchema = z
  .object({
    conference: z
      .string({
        error: (iss) =>
          missing(iss.input, 'a conference, like "PP-22"') ??
          `${show(iss.input)} is not a conference (expected its short name, like "PP-22")`,
      })
      .min(2, { error: (iss) => `${show(iss.input)} is not a conference (expected its short name, like "PP-22")` })
      .meta(doc('The conference or session, e.g. "PP-22"', '大会或会议，如 "PP-22"')),
    place: ref('places').meta(doc('Where it met', '会议地点')),
    year: year.meta(doc('The year', '年份')),
  })
  .strict();

/** Facts of a resolution the document cites (language-neutral). */
export const resolutionSchema = z
  .object({
    body: vocab(RESOLUTION_BODIES, 'a resolution body').meta(doc('The body that adopted it', '通过该决议的机构')),
    number: wholeNumber('a resolution number', 1).meta(doc('Its number', '决议编号')),
    revisions: z.array(revisionSchema).default([]).meta(doc('Revisions the document cites, oldest first', '文件引用的修订版，从早到晚')),
    source: source.meta(doc('Where the document cites it', '出处：文件引用它的段落')),
  })
  .strict()
  .meta(doc('A resolution the report cites', '报告引用的决议'));
export type ResolutionFacts = z.infer<typeof resolutionSchema>;
