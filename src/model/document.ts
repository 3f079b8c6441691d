/** Nests the document's flat block list for rendering: sections, paragraphs, bullets, sub-bullets. */
import type { Block } from '../schemas/documents.ts';

export interface DocNode {
  block: Block;
  children: DocNode[];
}

/** Front blocks and headings are roots; paragraphs nest under headings; bullets under paragraphs. */
export function documentTree(blocks: Block[]): DocNode[] {
  const roots: DocNode[] = [];
  let heading: DocNode | undefined;
  let para: DocNode | undefined;
  let bullet: DocNode | undefined;
  for (const block of blocks) {
    const node: DocNode = { block, children: [] };
    switch (block.kind) {
      case 'front':
        roots.push(node);
        heading = para = bullet = undefined;
        break;
      case 'heading':
        roots.push(node);
        heading = node;
        para = bullet = undefined;
        break;
      case 'paragraph':
        (heading?.children ?? roots).push(node);
        para = node;
        bullet = undefined;
        break;
      case 'continuation':
        (para?.children ?? heading?.children ?? roots).push(node);
        break;
      case 'bullet':
        (para?.children ?? heading?.children ?? roots).push(node);
        bullet = node;
        break;
      case 'subbullet':
        (bullet?.children ?? para?.children ?? heading?.children ?? roots).push(node);
        break;
    }
  }
  return roots;
}
