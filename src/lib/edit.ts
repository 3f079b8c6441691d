/** "Edit this page" links to the repository host; the base is configurable. */
export function editUrl(file: string): string {
  const base = process.env.EDIT_BASE_URL ?? 'https://git.example.org/itu/regional-presence/edit/main/';
  return new URL(file.replace(/^\.\//, ''), base.endsWith('/') ? base : `${base}/`).href;
}
