/**
 * When each file last changed, from git history: one `git log` for the whole
 * project, parsed once per process and cached. Commit dates, not file times,
 * so the same commit always builds the same pages. Without git (an export
 * without .git, a content root outside the repository) every date is unknown.
 */
import { spawnSync } from 'node:child_process';

/** Commit dates (ISO 8601) of each file, newest first, from `git log --format=%x00%cI --name-only`. */
export function parseGitLog(out: string): Map<string, string[]> {
  const dates = new Map<string, string[]>();
  for (const chunk of out.split('\0')) {
    const [date, ...files] = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    if (!date) continue;
    for (const f of files) {
      const list = dates.get(f);
      if (list) list.push(date);
      else dates.set(f, [date]);
    }
  }
  return dates;
}

const cache = new Map<string, Map<string, string[]>>();

/** Every file's commit dates, for the repository at `cwd`; file names relative to `cwd`. */
export function fileHistory(cwd = process.cwd()): Map<string, string[]> {
  let history = cache.get(cwd);
  if (!history) {
    const r = spawnSync('git', ['-c', 'core.quotepath=off', 'log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames'], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    history = r.status === 0 ? parseGitLog(r.stdout) : new Map();
    cache.set(cwd, history);
  }
  return history;
}

/** The last commit date of a file (relative to cwd), if it has one. */
export function lastCommit(file: string, history = fileHistory()): string | undefined {
  return history.get(file.replace(/^\.\//, ''))?.[0];
}

/** The latest of several files' last commit dates. */
export function latestCommit(files: string[], history = fileHistory()): string | undefined {
  let best: string | undefined;
  for (const f of files) {
    const d = lastCommit(f, history);
    if (d && (!best || Date.parse(d) > Date.parse(best))) best = d;
  }
  return best;
}
