// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import contentCheck from './src/integrations/content-check.ts';
import starlightLinksValidator from 'starlight-links-validator';
import cspHeader from './src/integrations/csp-header.ts';
import languageRedirects from './src/integrations/language-redirects.ts';
import printCss from './src/integrations/print-css.ts';
import sidebarState from './src/integrations/sidebar-state.ts';
import { docsPaths, linksToGeneratedPage } from './src/integrations/docs-links.ts';
import { CSP_DIRECTIVES, inlineScriptHashes, SCRIPT_RESOURCES, sha256, starlightDir, STYLE_RESOURCES } from './src/integrations/csp.ts';
import { DEFAULT_LOCALE, LANGUAGES, language } from './src/i18n/registry.ts';

const site = process.env.SITE_URL ?? 'https://regional-presence.example.org';
const docs = docsPaths('./src/content/docs');
// The languages are data (src/i18n/languages/): Starlight's locales, title and sidebar label come from there.
const byTag = (/** @type {(l: import('./src/i18n/registry.ts').Language) => string} */ f) =>
  Object.fromEntries(LANGUAGES.map((l) => [l.tag, f(l)]));
// Links prefetch when the pointer rests on them, by the browser's speculation rules (where supported) rather
// than Astro's prefetch script, which cost every page a kilobyte of its first-visit weight (issue 14).
const speculationRules = JSON.stringify({ prefetch: [{ where: { href_matches: '/*' }, eagerness: 'moderate' }] });

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Code blocks are Starlight's Expressive Code; Astro's own Shiki pass is unused and not CSP-compatible.
  markdown: { syntaxHighlight: false },
  // Starlight turns Astro's prefetch on for every link; the speculation rules above do it without a script.
  prefetch: false,
  security: {
    // A strict policy in a <meta> of every page; cspHeader() repeats it as an HTTP header in _headers.
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: {
        resources: [...SCRIPT_RESOURCES],
        // Astro hashes the scripts it bundles; Starlight's `is:inline` ones (and ours) are hashed from source.
        hashes: /** @type {`sha256-${string}`[]} */ ([
          ...inlineScriptHashes([`${starlightDir()}/dist`, './src']),
          sha256(speculationRules),
        ]),
      },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  integrations: [
    // First: a build with any content problem stops here, with every problem listed.
    contentCheck(),
    starlight({
      title: byTag((l) => l.strings['site.title']),
      description: 'ITU Council 2024: the contribution of the regional presence to the implementation of ITU’s mandate',
      defaultLocale: DEFAULT_LOCALE,
      locales: Object.fromEntries(LANGUAGES.map((l) => [l.code, { label: l.label, lang: l.tag, dir: l.dir }])),
      routeMiddleware: './src/presentation/route-middleware.ts',
      components: {
        // Entry pages link both files to edit: the facts and the text of the page's language.
        EditLink: './src/components/EditLinks.astro',
        Search: './src/components/overrides/Search.astro',
        // No page has a hero or a banner: Starlight's would only add their CSS to every page.
        Hero: './src/components/overrides/Hero.astro',
        Banner: './src/components/overrides/Banner.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
      },
      // Guides show plain <pre><code>: Expressive Code's markup (a <div> in <code>, an unlabelled copy button) is not valid HTML.
      expressiveCode: false,
      customCss: ['./src/styles/site.css'],
      head: [{ tag: 'script', attrs: { type: 'speculationrules' }, content: speculationRules }],
      // Pagefind penalizes long pages (default 0.75): forum and region pages, long by nature, fell behind
      // short organization pages that merely name them. Measured on every language's query set.
      // A title's own extra terms and the subject's other names (meta "names") weigh as a title does.
      pagefind: { ranking: { pageLength: 0.5, metaWeights: { names: 5 } } },
      editLink: { baseUrl: process.env.EDIT_BASE_URL ?? 'https://git.example.org/itu/regional-presence/edit/main/' },
      lastUpdated: false,
      pagination: false,
      // Links between the Markdown/MDX guides, #anchors included, must resolve (the build fails otherwise).
      // Links to generated pages, which the validator cannot see, are checked on the built site by tests/site/links.test.ts.
      plugins: [starlightLinksValidator({ sameSitePolicy: 'validate', exclude: ({ link }) => linksToGeneratedPage(link, docs, site) })],
      sidebar: [
        {
          label: language(DEFAULT_LOCALE).strings['nav.guides'],
          translations: byTag((l) => l.strings['nav.guides']),
          items: [{ autogenerate: { directory: 'guides' } }],
        },
      ],
    }),
    cspHeader(),
    languageRedirects(),
    // Starlight's print stylesheet replaced by ours (src/styles/print.css), with the site origin for link targets.
    printCss(),
    sidebarState(),
  ],
});
