import { z } from 'astro/zod';
import { country, doc, quote, recordOf, ref, refList, source, vocab } from './fields.ts';

/** The facts of a region that may come from outside the document. */
const OUTSIDE_FIELDS = ['members', 'office', 'areaOffices'] as const;

/** Facts of an ITU region (language-neutral). */
export const regionSchema = z
  .object({
    code: vocab(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'], 'a region code').meta(
      doc('The code ITU uses: AFR, AMS, ARB, ASP, CIS or EUR', '国际电联使用的代码：AFR、AMS、ARB、ASP、CIS 或 EUR'),
    ),
    office: ref('places').meta(doc('The regional office (a place)', '区域代表处所在地')),
    areaOffices: refList('places', 'Area offices under the regional office (places)', '下属地区办事处所在地'),
    members: z
      .array(country)
      .min(1, { error: 'needs at least one member country' })
      .meta(
        doc(
          'Member countries, as ISO codes (ITU-D regional grouping; not stated in the document)',
          '成员国 ISO 代码（国际电联电信发展部门的区域划分；文件未列出）',
        ),
      ),
    quotes: z
      .object({
        office: quote
          .optional()
          .meta(doc('The phrase of the original that names the regional office, when it does', '原文点名区域代表处所在地的短语（如有）')),
        areaOffices: recordOf(
          quote,
          'For each area office (by place id) the original names, the phrase that names it',
          '原文点名的各地区办事处（以地点编号为键）的短语',
        ),
      })
      .strict()
      .default({})
      .meta(
        doc('Phrases of the original, in its source blocks, that state where an office is', '原文（出处段落中）陈述代表处所在地的短语'),
      ),
    outside: z
      .object({
        source: z
          .string()
          .min(1, { error: 'is empty (expected the URL or text id the facts are taken from)' })
          .meta(doc('Where these facts come from: a URL, or the id of a text', '这些事实的来源：网址或文本编号')),
        fields: z
          .array(vocab(OUTSIDE_FIELDS, 'members, office or areaOffices'))
          .min(1, { error: 'needs at least one field' })
          .meta(
            doc(
              'The fields taken from that source (an office the document names is marked by its quote)',
              '取自该来源的字段（文件点名的代表处以其引文标明）',
            ),
          ),
      })
      .strict()
      .optional()
      .meta(
        doc(
          'Facts of this entry that are not from the Council document (membership, office cities) and their source; the page says so',
          '本条目中并非出自理事会文件的事实（成员国、代表处所在城市）及其来源；页面予以说明',
        ),
      ),
    source: source.meta(doc("The paragraph of section 3 about this region's office", '出处：第3部分关于该区域代表处的段落')),
  })
  .strict()
  .meta(doc('An ITU region and its regional office', '国际电联区域及其区域代表处'));
export type RegionFacts = z.infer<typeof regionSchema>;
