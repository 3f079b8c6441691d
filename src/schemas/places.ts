import { z } from 'astro/zod';
import { coordinates, country, doc } from './fields.ts';

/** Facts of a city or site (language-neutral); names live in the texts. */
export const placeSchema = z
  .object({
    country: country.meta(doc('Country the place is in', '所在国家')),
    coordinates: coordinates.meta(doc('[longitude, latitude] in decimal degrees', '[经度, 纬度]，十进制度数')),
  })
  .strict()
  .meta(doc('A city or site; its name is in the text files', '城市或地点；名称在文本文件中'));
export type PlaceFacts = z.infer<typeof placeSchema>;
