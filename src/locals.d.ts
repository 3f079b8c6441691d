/** What the route middleware (src/presentation/route-middleware.ts) gives the component overrides. */
declare namespace App {
  interface Locals {
    /** The translation status guide's table. */
    translationStatus?: import('./presentation/translation-table.ts').TranslationTable;
  }
}
