/** The content root; the benchmark points it at generated content. */
export function contentRoot(): string {
  return (process.env.CONTENT_ROOT ?? './content').replace(/\/$/, '');
}
