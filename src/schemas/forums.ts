import { z } from 'astro/zod';
import {
  checkDateOrder,
  country,
  countryList,
  doc,
  factQuotes,
  figure,
  MEETING_PRECISIONS,
  partialDateOf,
  ref,
  refList,
  source,
} from './fields.ts';

/** A forum is dated to the day, or at least to the month. */
const meetingDate = partialDateOf(MEETING_PRECISIONS);

/** Facts of a regional development forum (language-neutral). */
export const forumSchema = z
  .object({
    region: ref('regions').meta(doc('The region it served', '所服务的区域')),
    start: meetingDate.meta(doc('First day, or the month when only that is given', '开始日期；原文只给出月份时写月份')),
    end: meetingDate.optional().meta(doc('Last day, when it differs from the start', '结束日期，与开始日期不同时填写')),
    place: ref('places').optional().meta(doc('City where it met, when the document names it', '会议城市（文件有写明时）')),
    country: country.optional().meta(doc('Country where it met, when the document names it', '会议国家（文件有写明时）')),
    host: country.optional().meta(doc('Host country, when the document names one', '东道国（文件有写明时）')),
    organizers: refList('organizations', 'Organizations that organized it, as the document says', '文件写明的组织方'),
    colocated: refList('activities', 'Events held with it (activities)', '同期举办的活动'),
    organizations: refList('organizations', 'Organizations named in the paragraph', '段落中提及的组织'),
    countries: countryList('Other countries named in the paragraph (not the venue)', '段落中提及的其他国家（不含举办地）'),
    resolutions: refList('resolutions', 'Resolutions and documents it follows up', '落实的决议和文件'),
    figures: z.array(figure).default([]).meta(doc('Every figure the paragraph gives, as stated', '段落给出的全部数据，按原文记录')),
    quotes: factQuotes.default({}),
    source: source.meta(doc('The paragraph(s) it comes from', '出处：所依据的段落')),
  })
  .strict()
  .superRefine(checkDateOrder)
  .meta(doc('A regional development forum (RDF)', '区域发展论坛（RDF）'));
export type ForumFacts = z.infer<typeof forumSchema>;
