import { z } from 'astro/zod';
import { ACTIVITY_KINDS, SECTORS, THEMES } from './vocab.ts';
import { checkDateOrder, country, doc, figure, partialDate, ref, source, vocab } from './fields.ts';

/** Facts of an activity of section 3 (language-neutral). Field descriptions live in `doc()`. */
export const activitySchema = z
  .object({
    regions: z
      .array(ref('regions'))
      .min(1, { error: 'needs at least one region' })
      .meta(doc('Regions it concerns; the first is the office that reports it', '涉及的区域；第一个为报告该活动的代表处')),
    sectors: z.array(vocab(SECTORS, 'a sector')).min(1, { error: 'needs at least one sector' }).meta(doc('Sectors involved', '参与的部门')),
    kind: vocab(ACTIVITY_KINDS, 'an activity kind').meta(doc('What kind of activity', '活动类型')),
    start: partialDate
      .optional()
      .meta(doc('First day, month or year; absent when the document gives no date', '开始日期（日、月或年）；文件未给出日期时省略')),
    end: partialDate
      .optional()
      .meta(doc('Last day, month or year, when it differs from the start', '结束日期（日、月或年），与开始日期不同时填写')),
    place: ref('places').optional().meta(doc('City where it took place', '举办城市')),
    country: country.optional().meta(doc('Country where it took place', '举办国家')),
    countries: z
      .array(country)
      .default([])
      .meta(
        doc('Other countries concerned (beneficiaries, partners, participants named)', '涉及的其他国家（受益国、合作方、点名的参与国）'),
      ),
    organizations: z.array(ref('organizations')).default([]).meta(doc('Partner organizations', '合作组织')),
    themes: z.array(vocab(THEMES, 'a theme')).default([]).meta(doc('Themes from the closed vocabulary', '专题（取自固定词表）')),
    resolutions: z.array(ref('resolutions')).default([]).meta(doc('Resolutions it follows up', '落实的决议')),
    references: z.array(ref('references')).default([]).meta(doc('Other documents it cites', '引用的其他文件')),
    forum: ref('forums').optional().meta(doc('The forum it is linked to', '相关的区域发展论坛')),
    figures: z.array(figure).default([]).meta(doc('Every figure its text gives, as stated', '原文给出的全部数据，按原文记录')),
    source: source.meta(doc('The bullet(s) it comes from', '出处：所依据的条目')),
  })
  .strict()
  .superRefine(checkDateOrder)
  .meta(doc('An activity of section 3 of the report', '报告第3部分所述的一项活动'));
export type ActivityFacts = z.infer<typeof activitySchema>;
