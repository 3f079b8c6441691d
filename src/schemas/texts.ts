import { z } from 'astro/zod';
import { doc, recordOf, text } from './fields.ts';

/** Our translation of a quoted phrase of the original. */
const translated = text(200, 'a translated quote').meta(doc('Our translation of the quoted phrase', '所引原文短语的译文'));

/**
 * Text of an entry in one language: content/text/<locale>/<collection>/<id>.mdx.
 * It carries words only. Numbers, dates and references belong to the facts
 * file, so a fact field here is an error.
 */
export const textSchema = z
  .object({
    title: text(200, 'a title', { trim: true }).min(1, { error: 'is empty (expected a title)' }).meta(doc('Title or name', '标题或名称')),
    literal: text(200, 'a literal rendering')
      .optional()
      .meta(
        doc(
          'When the title is an official name that differs from a literal rendering of the original’s name: that rendering (the page says so)',
          '标题为官方名称且与原文名称的直译不同时：直译（页面会加以说明）',
        ),
      ),
    short: text(60, 'a short name')
      .optional()
      .meta(doc('Short name used in lists and on maps, e.g. "RDF-AFR"', '列表和地图中使用的简称，如 "RDF-AFR"')),
    aliases: z
      .array(text(120, 'another name'))
      .optional()
      .meta(
        doc(
          'Other names the original uses for it (the check accepts them in quotes; search finds them)',
          '原文对其使用的其他名称（引文检查接受这些名称；搜索也可找到）',
        ),
      ),
    untranslated: z
      .literal(true, { error: 'must be true or absent (a stub of `npm run new` says `untranslated: true`)' })
      .optional()
      .meta(
        doc(
          'Written by `npm run new` on the stub of a language nobody has translated yet: the check fails until the text is translated and this line deleted',
          '由 `npm run new` 写入尚未翻译的语言的占位文本：在译出全文并删除此行之前，检查不予通过',
        ),
      ),
    summary: text(600, 'a summary')
      .optional()
      .meta(doc('One-sentence summary for lists and search results', '用于列表和搜索结果的一句话摘要')),
    theme: text(600, 'a theme').optional().meta(doc('The stated theme (forums)', '论坛主题（仅论坛）')),
    quotes: z
      .object({
        date: translated.optional().meta(doc('Translation of quotes.date', 'quotes.date 的译文')),
        end: translated.optional().meta(doc('Translation of quotes.end', 'quotes.end 的译文')),
        venue: translated.optional().meta(doc('Translation of quotes.venue', 'quotes.venue 的译文')),
        host: translated.optional().meta(doc('Translation of quotes.host', 'quotes.host 的译文')),
        alongside: translated.optional().meta(doc('Translation of quotes.alongside', 'quotes.alongside 的译文')),
        what: translated.optional().meta(doc('Translation of quotes.what', 'quotes.what 的译文')),
        sectors: recordOf(
          translated,
          'Translations of quotes.sectors, by the same sector ids',
          'quotes.sectors 的译文，键为相同的部门编号',
        ),
        names: recordOf(
          translated,
          'Translations of quotes.names, by the same country codes and organization ids',
          'quotes.names 的译文，键为相同的国家代码和组织编号',
        ),
        figures: recordOf(translated, 'Translations of the quote of each figure, by its key', '各数字引文的译文，以数字的 key 为键'),
      })
      .strict()
      .optional()
      .meta(
        doc(
          'Our translation of each quoted phrase of the facts (not in the language of the original), keyed as the facts’ quotes; figures by their key',
          '事实中每条引文的译文（原文语言不填），键与事实的引文相同；数字以其 key 为键',
        ),
      ),
    blockTitles: recordOf(
      z.string(),
      'Headings of the front blocks (documents only), keyed by block id',
      '文件前部各段的标题（仅文件），以段落编号为键',
    ),
    blocks: recordOf(z.string(), 'Text of every block (documents only), keyed by block id', '每个段落的文字（仅文件），以段落编号为键'),
  })
  .strict()
  .meta(
    doc(
      'The words of an entry in one language (MDX frontmatter); the body below it is optional MDX',
      '条目在一种语言中的文字（MDX 头部）；其下的正文为可选的 MDX',
    ),
  );
export type Text = z.infer<typeof textSchema>;
