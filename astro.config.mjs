// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import contentCheck from './src/lib/check-integration.ts';

const site = process.env.SITE_URL ?? 'https://regional-presence.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [
    // First: a build with any content problem stops here, with every problem listed.
    contentCheck(),
    starlight({
      title: { 'zh-CN': '国际电联区域代表处', en: 'ITU regional presence' },
      description: 'ITU Council 2024: the contribution of the regional presence to the implementation of ITU’s mandate',
      defaultLocale: 'zh-cn',
      locales: {
        'zh-cn': { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      routeMiddleware: './src/route-middleware.ts',
      components: {
        // Entry pages link both files to edit: the facts and the text of the page's language.
        EditLink: './src/components/EditLinks.astro',
        Search: './src/components/overrides/Search.astro',
      },
      customCss: ['./src/styles/site.css'],
      editLink: { baseUrl: process.env.EDIT_BASE_URL ?? 'https://git.example.org/itu/regional-presence/edit/main/' },
      lastUpdated: false,
      pagination: false,
      sidebar: [
        { label: '编辑指南', translations: { en: 'Editors’ guide' }, items: [{ autogenerate: { directory: 'guides' } }] },
      ],
    }),
  ],
});
