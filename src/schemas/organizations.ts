import { z } from 'astro/zod';
import { ORGANIZATION_KINDS } from './vocab.ts';
import { country, doc, text, vocab } from './fields.ts';

/** Facts of a partner organization (language-neutral). */
export const organizationSchema = z
  .object({
    acronym: text(20, 'an acronym')
      .optional()
      .meta(doc('Acronym as written in both languages, e.g. "CITEL"', '两种语言通用的缩写，如 "CITEL"')),
    kind: vocab(ORGANIZATION_KINDS, 'an organization kind').meta(doc('What kind of body it is', '机构类型')),
    country: country.optional().meta(doc('Home country, for national bodies', '所在国（国家级机构）')),
  })
  .strict()
  .meta(doc('A partner organization', '合作组织'));
export type OrganizationFacts = z.infer<typeof organizationSchema>;
