/** Last-change dates from git: parsing, and a real repository with fixed commit dates (deterministic). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fileHistory, lastCommit, latestCommit, parseGitLog } from '../../src/model/git-dates.ts';
import { statusRows } from '../../src/model/translation-status.ts';

describe('parseGitLog', () => {
  test('collects each file’s commit dates, newest first', () => {
    const out =
      '\x002024-03-01T10:00:00+01:00\n\ncontent/a.yaml\ncontent/text/en/x/a.mdx\n\x002024-01-01T00:00:00+00:00\n\ncontent/a.yaml\n';
    const h = parseGitLog(out);
    expect(h.get('content/a.yaml')).toEqual(['2024-03-01T10:00:00+01:00', '2024-01-01T00:00:00+00:00']);
    expect(lastCommit('./content/text/en/x/a.mdx', h)).toBe('2024-03-01T10:00:00+01:00');
    expect(lastCommit('content/none.yaml', h)).toBeUndefined();
    expect(latestCommit(['content/none.yaml', 'content/a.yaml'], h)).toBe('2024-03-01T10:00:00+01:00');
  });
});

describe('a git repository', () => {
  const repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (args: string[], date?: string) => {
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    };
    const r = spawnSync('git', args, { cwd: repo, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  const commit = (files: Record<string, string>, date: string) => {
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, f)), { recursive: true });
      writeFileSync(join(repo, f), text);
    }
    git(['add', '-A']);
    git(['commit', '-q', '-m', `change at ${date}`], date);
  };

  test('an edit of the original committed after the translation makes it outdated', () => {
    git(['init', '-q']);
    commit(
      { 'content/places/a.yaml': 'country: SN\n', 'content/text/zh-cn/places/a.mdx': 'zh 1', 'content/text/en/places/a.mdx': 'en 1' },
      '2024-01-01T00:00:00+00:00',
    );
    commit({ 'content/text/zh-cn/places/a.mdx': 'zh 2' }, '2024-02-01T00:00:00+00:00');
    const entry = {
      collection: 'places',
      id: 'a',
      file: 'content/places/a.yaml',
      textFile: { 'zh-cn': 'content/text/zh-cn/places/a.mdx', en: 'content/text/en/places/a.mdx' },
    };
    const status = () =>
      statusRows(
        [entry],
        'zh-cn',
        ['zh-cn', 'en'],
        (f) => lastCommit(f, fileHistory(repo)),
        () => '',
      )[0];
    expect(status()).toMatchObject({
      state: 'outdated',
      sourceDate: '2024-02-01T00:00:00+00:00',
      translationDate: '2024-01-01T00:00:00+00:00',
    });
    expect(fileHistory(repo)).toBe(fileHistory(repo)); // one git call per process
  });

  test('without git, no date is known', () => {
    const none = mkdtempSync(join(tmpdir(), 'no-git-'));
    try {
      expect(fileHistory(none).size).toBe(0);
    } finally {
      rmSync(none, { recursive: true, force: true });
    }
  });
});
