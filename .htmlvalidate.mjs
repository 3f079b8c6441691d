/**
 * html-validate configuration for the built pages (tests/site/html-valid.test.ts,
 * or `npx html-validate dist`). A .mjs file rather than .htmlvalidate.json so
 * that every rule switched off says why: each one conflicts with markup that
 * Astro or Starlight generate, not with ours.
 */
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Starlight's <Head> writes `<meta … />`, Astro templates write `<meta …>`: both valid, no single style fits.
    'void-style': 'off',
    // Starlight's buttons (search, menu, theme, table of contents) have no type; none is inside a form.
    'no-implicit-button-type': 'off',
    // Starlight's icons, selects and search dialog use style attributes (the CSP allows them: style-src-attr).
    'no-inline-style': 'off',
    // Starlight's skip link targets id="_top"; relaxed still enforces HTML's own rules (non-empty, no space).
    'valid-id': ['error', { relaxed: true }],
    // Starlight renders the table of contents twice (mobile and desktop, one hidden), both named "On this page".
    'unique-landmark': 'off',
    // Titles are the document's own names of activities and resolutions, kept whole (shortening them would
    // misstate the document), and Starlight appends the site name to each.
    'long-title': 'off',
  },
};
