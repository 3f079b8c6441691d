import { describe, expect, it } from 'vitest';
import { languageRedirects } from '../../src/integrations/language-redirects.ts';
import { LANGUAGES } from '../../src/i18n/registry.ts';

describe('languageRedirects', () => {
  it('sends / to each language by its browser subtag, forced, and never to /', () => {
    const text = languageRedirects([
      { code: 'zh-cn', tag: 'zh-CN' },
      { code: 'en', tag: 'en' },
      { code: 'ar', tag: 'ar' },
    ]);
    const rules = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rules).toEqual(['/  /zh-cn/  302!  Language=zh', '/  /en/  302!  Language=en', '/  /ar/  302!  Language=ar']);
    for (const r of rules) expect(r.split(/\s+/)[1]).not.toBe('/');
  });

  it('refuses two languages the browser cannot tell apart', () => {
    expect(() =>
      languageRedirects([
        { code: 'zh-cn', tag: 'zh-CN' },
        { code: 'zh-tw', tag: 'zh-TW' },
      ]),
    ).toThrow('languages zh-cn and zh-tw share the browser language "zh"');
  });

  it('has a rule for every site language', () => {
    const rules = languageRedirects(LANGUAGES)
      .split('\n')
      .filter((l) => l.startsWith('/'));
    expect(rules.map((r) => r.split(/\s+/)[1])).toEqual(LANGUAGES.map((l) => `/${l.code}/`));
  });
});
