/** A problem found in the content, reported as `file:line field: message`. */
export interface Problem {
  file: string;
  line?: number;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** Thrown when content is invalid; its message lists every problem, one a line. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
