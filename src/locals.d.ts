/** What the route middleware (src/presentation/route-middleware.ts) gives the component overrides. */
declare namespace App {
  interface Locals {
    /** The search dialog's filter values, in the page's language. */
    searchFilters?: import('./presentation/search-data.ts').SearchFilterOptions;
    /** The translation status guide's table. */
    translationStatus?: import('./presentation/translation-table.ts').TranslationTable;
  }
}
