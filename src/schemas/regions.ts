import { z } from 'astro/zod';
import { country, doc, ref, source, vocab } from './fields.ts';

/** Facts of an ITU region (language-neutral). */
export const regionSchema = z
  .object({
    code: vocab(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'], 'a region code').meta(
      doc('The code ITU uses: AFR, AMS, ARB, ASP, CIS or EUR', '国际电联使用的代码：AFR、AMS、ARB、ASP、CIS 或 EUR'),
    ),
    office: ref('places').meta(doc('The regional office (a place)', '区域代表处所在地')),
    areaOffices: z.array(ref('places')).default([]).meta(doc('Area offices under the regional office (places)', '下属地区办事处所在地')),
    members: z
      .array(country)
      .min(1, { error: 'needs at least one member country' })
      .meta(
        doc(
          'Member countries, as ISO codes (ITU-D regional grouping; not stated in the document)',
          '成员国 ISO 代码（国际电联电信发展部门的区域划分；文件未列出）',
        ),
      ),
    source: source.meta(doc("The paragraph of section 3 about this region's office", '出处：第3部分关于该区域代表处的段落')),
  })
  .strict()
  .meta(doc('An ITU region and its regional office', '国际电联区域及其区域代表处'));
export type RegionFacts = z.infer<typeof regionSchema>;
