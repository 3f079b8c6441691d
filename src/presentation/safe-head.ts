/**
 * Starlight writes the <title> element with set:html, so a page title taken
 * from content ("</title><script>…") would become markup. The titles of this
 * site are editors' plain text: escape them. The route middleware applies it.
 */
function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeTitle<T extends { tag: string; content?: string }>(head: T[]): T[] {
  return head.map((h) => (h.tag === 'title' && h.content ? { ...h, content: escapeText(h.content) } : h));
}
