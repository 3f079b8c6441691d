import { describe, expect, it } from 'vitest';
import { documentTree, type DocNode } from '../../src/model/document.ts';
import type { Block } from '../../src/schemas/documents.ts';
import { realModel } from '../helpers/content.ts';

/** The tree as nested ids: "p3>[p3-3>[p3-3-1]]". */
const shape = (nodes: DocNode[]): string =>
  nodes.map((n) => (n.children.length ? `${n.block.id}>[${shape(n.children)}]` : n.block.id)).join(',');
const b = (id: string, kind: Block['kind'], number?: string): Block => ({ id, kind, ...(number ? { number } : {}) });

describe('documentTree', () => {
  it('nests paragraphs under headings, bullets under paragraphs, sub-bullets under bullets', () => {
    const tree = documentTree([
      b('purpose', 'front'),
      b('action', 'front'),
      b('p1', 'heading', '1'),
      b('p1-1', 'paragraph', '1.1'),
      b('p3', 'heading', '3'),
      b('p3-2', 'paragraph', '3.2'),
      b('p3-2-c1', 'continuation'),
      b('p3-2-c2', 'continuation'),
      b('p3-6', 'paragraph', '3.6'),
      b('p3-6-1', 'bullet'),
      b('p3-6-1-1', 'subbullet'),
      b('p3-6-1-2', 'subbullet'),
      b('p3-6-2', 'bullet'),
    ]);
    expect(shape(tree)).toBe('purpose,action,p1>[p1-1],p3>[p3-2>[p3-2-c1,p3-2-c2],p3-6>[p3-6-1>[p3-6-1-1,p3-6-1-2],p3-6-2]]');
  });

  it('keeps the blocks themselves, in document order', () => {
    const blocks = [b('p1', 'heading', '1'), b('p1-1', 'paragraph', '1.1')];
    const [root] = documentTree(blocks);
    expect(root.block).toBe(blocks[0]);
    expect(root.children[0].block).toBe(blocks[1]);
  });

  it('a heading after a front block starts a new section; a front block after a section is a root again', () => {
    expect(
      shape(documentTree([b('p1', 'heading', '1'), b('p1-1', 'paragraph', '1.1'), b('references', 'front'), b('p2', 'heading', '2')])),
    ).toBe('p1>[p1-1],references,p2');
  });

  it('places orphans at the nearest level that exists rather than dropping them', () => {
    expect(shape(documentTree([b('p1-1', 'paragraph', '1.1'), b('p1-1-1', 'bullet')]))).toBe('p1-1>[p1-1-1]');
    expect(shape(documentTree([b('p1', 'heading', '1'), b('p1-1', 'subbullet')]))).toBe('p1>[p1-1]');
    expect(shape(documentTree([b('x', 'subbullet')]))).toBe('x');
  });

  it('a new paragraph ends the previous bullet list', () => {
    expect(
      shape(
        documentTree([
          b('p3', 'heading', '3'),
          b('p3-3', 'paragraph', '3.3'),
          b('p3-3-1', 'bullet'),
          b('p3-4', 'paragraph', '3.4'),
          b('p3-4-1', 'subbullet'),
        ]),
      ),
    ).toBe('p3>[p3-3>[p3-3-1],p3-4>[p3-4-1]]');
  });

  it('holds every block of the real document exactly once, and 3.6’s sub-bullets under their bullets', () => {
    const doc = realModel().currentDocument;
    const tree = documentTree(doc.facts.blocks);
    const flat = (nodes: DocNode[]): string[] => nodes.flatMap((n) => [n.block.id, ...flat(n.children)]);
    expect(flat(tree)).toEqual(doc.facts.blocks.map((x) => x.id));
    expect(tree.map((n) => n.block.id)).toEqual(['purpose', 'action', 'strategic-plan', 'financial', 'references', 'p1', 'p2', 'p3']);
    const p36 = tree.find((n) => n.block.id === 'p3')!.children.find((n) => n.block.id === 'p3-6')!;
    expect(p36.children.map((n) => n.block.id)).toEqual(['p3-6-1', 'p3-6-2']);
    expect(p36.children[0].children.map((n) => n.block.id)).toEqual(['p3-6-1-1', 'p3-6-1-2', 'p3-6-1-3', 'p3-6-1-4']);
  });
});
