import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  formatPolicy,
  inlineScriptHashes,
  inlineScripts,
  metaPolicy,
  narrowedMetaPolicy,
  parsePolicy,
  sha256,
  starlightDir,
  unionPolicies,
} from '../../src/integrations/csp.ts';

describe('sha256', () => {
  test('is the CSP source expression of a text (known vector: empty string)', () => {
    expect(sha256('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('inlineScripts', () => {
  test('returns is:inline bodies verbatim and ignores bundled scripts', () => {
    const src = `---\n---\n<script is:inline>\n\tlet a = 1;\n</script>\n<script>bundled()</script>\n<script is:inline aria-hidden="true">b()</script>`;
    expect(inlineScripts(src)).toEqual(['\n\tlet a = 1;\n', 'b()']);
  });
  test('refuses scripts whose body is not known at config time', () => {
    expect(() => inlineScripts('<script is:inline define:vars={{ a }}>x</script>')).toThrow(/define:vars/);
    expect(() => inlineScripts('<script is:inline src="/x.js"></script>')).toThrow(/src=/);
  });
});

describe('inlineScriptHashes', () => {
  test('hashes the inline scripts of every .astro file under the given directories', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'A.astro'), '<script is:inline>a()</script>');
    writeFileSync(join(dir, 'sub', 'B.astro'), '<script is:inline>b()</script><script is:inline>a()</script>');
    writeFileSync(join(dir, 'c.ts'), '<script is:inline>c()</script>');
    expect(inlineScriptHashes([dir])).toEqual([sha256('a()'), sha256('b()')].sort());
  });
  test("finds Starlight's own inline scripts (theme provider among them)", () => {
    const hashes = inlineScriptHashes([`${starlightDir()}/dist`]);
    expect(hashes.length).toBeGreaterThanOrEqual(4);
  });
});

describe('policies', () => {
  test('parse, union and format keep directive and source order', () => {
    const a = "default-src 'none'; script-src 'self' 'sha256-a';";
    const b = "script-src 'self' 'sha256-b'; frame-ancestors 'none'";
    expect(formatPolicy(unionPolicies([a, b]))).toBe("default-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'");
    expect(parsePolicy(a).get('script-src')).toEqual(["'self'", "'sha256-a'"]);
  });
  test('metaPolicy reads the <meta http-equiv> policy of a page, entities decoded', () => {
    expect(metaPolicy('<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head>')).toBe(
      "script-src 'self'",
    );
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
});

describe('narrowedMetaPolicy', () => {
  const a = sha256('a()');
  const b = sha256('b()');
  const css = sha256('p{}');
  const page = (policy: string, body: string) =>
    `<head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body>`;
  const policy = `default-src 'none';script-src 'self' '${a}' '${b}' '${sha256('x()')}'; style-src 'self' '${css}' '${sha256('q{}')}';img-src 'self' data:`;

  test("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
    const html = page(policy, `<script>a()</script><script type="module" src="/x.js"></script><style>p{}</style>`);
    expect(metaPolicy(narrowedMetaPolicy(html))).toBe(
      `default-src 'none';script-src 'self' '${a}'; style-src 'self' '${css}';img-src 'self' data:`,
    );
  });
  test('never adds a hash the policy did not allow, and ignores data blocks', () => {
    const html = page(
      policy,
      `<script>z()</script><script type="application/json">{"a":1}</script><script type="speculationrules">b()</script>`,
    );
    const narrowed = parsePolicy(metaPolicy(narrowedMetaPolicy(html))!);
    expect(narrowed.get('script-src')).toEqual(["'self'", `'${b}'`]);
    expect(narrowed.get('style-src')).toEqual(["'self'"]);
  });
  test('leaves a page without a policy as it is', () => {
    expect(narrowedMetaPolicy('<head></head><script>a()</script>')).toBe('<head></head><script>a()</script>');
  });
});
