/** Starlight's virtual module with the `pagefind` options of astro.config.mjs (ranking weights). */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: { ranking?: Record<string, number | Record<string, number>>; indexWeight?: number };
}
