import { z } from 'astro/zod';
import { ACTIVITY_KINDS, SECTORS, THEMES } from './vocab.ts';
import {
  blockId,
  checkDateOrder,
  country,
  countryList,
  doc,
  factQuotes,
  figure,
  partialDate,
  ref,
  refList,
  source,
  vocab,
} from './fields.ts';

/** Facts of an activity of section 3 (language-neutral). Field descriptions live in `doc()`. */
export const activitySchema = z
  .object({
    regions: z
      .array(ref('regions'))
      .min(1, { error: 'needs at least one region' })
      .meta(doc('Regions it concerns; the first is the office that reports it', '涉及的区域；第一个为报告该活动的代表处')),
    sectors: z
      .array(vocab(SECTORS, 'a sector'))
      .default([])
      .meta(
        doc(
          'Sectors the document names for it (电信发展局, 无线电通信局, 电信标准化局, ITU-D/R/T); none when it names none',
          '文件为其点名的部门（电信发展局、无线电通信局、电信标准化局、ITU-D/R/T）；文件未点名时为空',
        ),
      ),
    kind: vocab(ACTIVITY_KINDS, 'an activity kind').meta(doc('What kind of activity', '活动类型')),
    start: partialDate
      .optional()
      .meta(doc('First day, month or year; absent when the document gives no date', '开始日期（日、月或年）；文件未给出日期时省略')),
    end: partialDate
      .optional()
      .meta(doc('Last day, month or year, when it differs from the start', '结束日期（日、月或年），与开始日期不同时填写')),
    place: ref('places')
      .optional()
      .meta(doc('Venue: the city where it took place, when the document says so', '举办地：文件写明的举办城市')),
    country: country
      .optional()
      .meta(doc('Venue: the country where it took place, when the document says so', '举办地：文件写明的举办国家')),
    host: country
      .optional()
      .meta(
        doc(
          'Country (its government or administration) that hosted it, when the document says so',
          '东道国（其政府或主管部门），文件写明时填写',
        ),
      ),
    beneficiaries: countryList('Countries it served, as the document names them', '文件点名的受益国家'),
    countries: countryList('Other countries the document names for it (partners, participants)', '文件提及的其他国家（合作方、参与方）'),
    organizers: refList('organizations', 'Organizations that organized or hosted it, as the document says', '文件写明的组织方或承办方'),
    organizations: refList('organizations', 'Other organizations the document names for it', '文件提及的其他组织'),
    themes: z.array(vocab(THEMES, 'a theme')).default([]).meta(doc('Themes from the closed vocabulary', '专题（取自固定词表）')),
    resolutions: refList('resolutions', 'Resolutions it follows up', '落实的决议'),
    references: refList('references', 'Other documents it cites', '引用的其他文件'),
    forum: ref('forums').optional().meta(doc('The forum it is linked to', '相关的区域发展论坛')),
    parts: refList(
      'activities',
      'Activities that are parts of this one; each keeps its own blocks, and nothing counts them twice',
      '属于本活动的子活动；各自保留其段落，不重复计数',
    ),
    merges: z
      .array(blockId)
      .default([])
      .meta(
        doc(
          'The blocks that each mention this same event; the page says the entry merges them (each is also in source.blocks)',
          '分别提及同一活动的各个段落；页面说明本条目将其合并（每个段落也列在 source.blocks 中）',
        ),
      ),
    figures: z.array(figure).default([]).meta(doc('Every figure its text gives, as stated', '原文给出的全部数据，按原文记录')),
    quotes: factQuotes.default({}),
    source: source.meta(doc('The bullet(s) it comes from', '出处：所依据的条目')),
  })
  .strict()
  .superRefine(checkDateOrder)
  .meta(doc('An activity of section 3 of the report', '报告第3部分所述的一项活动'));
export type ActivityFacts = z.infer<typeof activitySchema>;
