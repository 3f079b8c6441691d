/**
 * Parses the plain-text original of the Council document into blocks. Used to
 * seed the document entry once and, in the fidelity tests, to prove that the
 * entry still holds every block with its exact text.
 */
import type { BlockKind } from '../schemas/vocab.ts';

export interface OriginalBlock {
  id: string;
  kind: BlockKind;
  number?: string;
  /** Heading of a front block ("目的"). */
  title?: string;
  text: string;
}

const FRONT: Record<string, string> = {
  目的: 'purpose',
  理事会需采取的行动: 'action',
  '与《战略规划》的关联': 'strategic-plan',
  '财务影响：': 'financial',
  参考文件: 'references',
};

export function parseOriginal(raw: string): OriginalBlock[] {
  const blocks: OriginalBlock[] = [];
  let front: OriginalBlock | undefined;
  let para = '';
  let bullet = 0;
  let sub = 0;
  let cont = 0;
  for (const line0 of raw.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = line0.replace(/\s+$/, '');
    if (!line.trim() || /^_+$/.test(line.trim())) continue;
    const trimmed = line.trim();
    let m: RegExpExecArray | null;
    if (!para && FRONT[trimmed]) {
      front = { id: FRONT[trimmed], kind: 'front', title: trimmed, text: '' };
      blocks.push(front);
    } else if ((m = /^(\d)\t(.+)$/.exec(line))) {
      front = undefined;
      para = m[1];
      blocks.push({ id: `p${m[1]}`, kind: 'heading', number: m[1], text: m[2] });
    } else if ((m = /^(\d)\.(\d+)\t(.+)$/.exec(line))) {
      para = `${m[1]}-${m[2]}`;
      bullet = sub = cont = 0;
      blocks.push({ id: `p${para}`, kind: 'paragraph', number: `${m[1]}.${m[2]}`, text: m[3] });
    } else if ((m = /^•\t(.+)$/.exec(line))) {
      bullet += 1;
      sub = 0;
      blocks.push({ id: `p${para}-${bullet}`, kind: 'bullet', text: m[1] });
    } else if ((m = /^(?:–\t|\t)(.+)$/.exec(line)) && para && bullet) {
      sub += 1;
      blocks.push({ id: `p${para}-${bullet}-${sub}`, kind: 'subbullet', text: m[1] });
    } else if (front && !front.text) {
      front.text = trimmed;
    } else if (para) {
      cont += 1;
      blocks.push({ id: `p${para}-c${cont}`, kind: 'continuation', text: trimmed });
    } else {
      throw new Error(`Unplaced line in the original: ${trimmed.slice(0, 40)}`);
    }
  }
  return blocks;
}
