/**
 * Checks the MDX bodies of text files the way the build will read them: each
 * body is compiled with @mdx-js/mdx, so a syntax error or an unclosed tag is
 * reported with its line before the build. Bodies are words and links only:
 * no imports, no JavaScript expressions, no components, no script or
 * embedded content. Nothing may be loaded from another origin (remote
 * images, media, CSS url(): remote-resources.ts), in the guides too. Links are
 * collected for the link check (site-urls.ts).
 */
import { compile } from '@mdx-js/mdx';
import type { Problem } from './problems.ts';
import { remoteLoadMessage, remoteLoads } from './remote-resources.ts';

/** A link written in a body, with the line it is on (in the file). */
export interface BodyLink {
  file: string;
  line?: number;
  url: string;
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Elements that run code or pull in other pages; never needed in prose. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'form', 'template']);

/** Extra words for MDX's own messages, for the mistakes editors make most. */
function hint(ruleId: string | undefined, reason: string): string {
  if (ruleId === 'unexpected-character' && reason.includes('before name') && !reason.includes('comment'))
    return ' (to write a literal "<" in text, use &lt;)';
  if (ruleId === 'acorn' || (ruleId === 'unexpected-eof' && reason.includes('expression')))
    return ' (to write a literal "{" in text, escape it as \\{)';
  return '';
}

/**
 * Compiles one body; returns its problems and links. `bodyLine` is the file
 * line the body starts on. `trusted` bodies (the guides, which import
 * components) are checked for syntax and links only.
 */
export async function checkBody(
  file: string,
  body: string,
  bodyLine: number,
  trusted = false,
): Promise<{ problems: Problem[]; links: BodyLink[] }> {
  const problems: Problem[] = [];
  const links: BodyLink[] = [];
  if (!body.trim()) return { problems, links };
  const at = (n: Node) => (n.position ? n.position.start.line + bodyLine - 1 : undefined);
  const inspect = () => (tree: Node) => {
    const visit = (n: Node) => {
      if (trusted) {
        if ((n.type === 'link' || n.type === 'definition') && n.url !== undefined) links.push({ file, line: at(n), url: n.url });
        n.children?.forEach(visit);
        return;
      }
      switch (n.type) {
        case 'mdxjsEsm':
          problems.push({
            file,
            line: at(n),
            field: 'body',
            message: 'has an import or export (text files cannot load code; write the words only)',
          });
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(n.value ?? '')) {
            problems.push({
              file,
              line: at(n),
              field: 'body',
              message: `has a JavaScript expression {${(n.value ?? '').slice(0, 40)}} (to write a literal "{" in text, escape it as \\{)`,
            });
          }
          break;
        case 'link':
        case 'definition':
        case 'image':
          if (n.url !== undefined) links.push({ file, line: at(n), url: n.url });
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          const name = n.name ?? '';
          if (!name || /^[A-Z]/.test(name) || name.includes('.')) {
            problems.push({
              file,
              line: at(n),
              field: 'body',
              message: `<${name}> is a component (text files can use plain HTML elements only, like <abbr> or <a>)`,
            });
          } else if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
            problems.push({
              file,
              line: at(n),
              field: 'body',
              message: `<${name}> is not allowed in a text file (it would run code or embed another page)`,
            });
          }
          for (const a of n.attributes ?? []) {
            if (a.type !== 'mdxJsxAttribute') {
              problems.push({
                file,
                line: at(n),
                field: 'body',
                message: `<${name}> has a JavaScript attribute expression (write attributes as name="value")`,
              });
              continue;
            }
            const attr = a.name ?? '';
            if (/^on/i.test(attr) || attr.includes(':') || attr === 'dangerouslySetInnerHTML') {
              problems.push({
                file,
                line: at(n),
                field: 'body',
                message: `<${name}> has the attribute ${attr} (event handlers and directives are not allowed in text files)`,
              });
            } else if (typeof a.value !== 'string' && a.value !== null && a.value !== undefined) {
              problems.push({
                file,
                line: at(n),
                field: 'body',
                message: `<${name}> has a JavaScript value for ${attr} (write attributes as ${attr}="value")`,
              });
            } else if ((attr === 'href' || attr === 'src') && typeof a.value === 'string') {
              links.push({ file, line: at(n), url: a.value });
            }
          }
          break;
        }
      }
      n.children?.forEach(visit);
    };
    visit(tree);
    const line = (l?: number) => (l === undefined ? undefined : l + bodyLine - 1);
    for (const load of remoteLoads(tree))
      problems.push({ file, line: line(load.line), field: 'body', message: remoteLoadMessage(load, line) });
  };
  try {
    await compile({ value: body, path: file }, { remarkPlugins: [inspect] });
  } catch (e) {
    const err = e as { reason?: string; message: string; line?: number; ruleId?: string };
    // MDX gives positions within the body; give them within the file.
    const reason = (err.reason ?? err.message).replace(
      /\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g,
      (_, l: string, c: string) => `(line ${Number(l) + bodyLine - 1}, column ${c})`,
    );
    problems.push({
      file,
      line: err.line ? err.line + bodyLine - 1 : undefined,
      field: 'body',
      message: `MDX syntax error: ${reason}${hint(err.ruleId, reason)}`,
    });
    return { problems, links: [] };
  }
  for (const l of links) {
    if (/^\s*(javascript|vbscript|data):/i.test(l.url)) {
      problems.push({
        file,
        line: l.line,
        field: 'body',
        message: `link "${l.url.slice(0, 40)}" uses a forbidden scheme (links go to pages, like /en/regions/afr/, or to https:// addresses)`,
      });
    }
  }
  return { problems, links: links.filter((l) => !/^\s*(javascript|vbscript|data):/i.test(l.url)) };
}

/** Checks every body. */
export async function checkBodies(
  bodies: Map<string, { body: string; bodyLine: number }>,
): Promise<{ problems: Problem[]; links: BodyLink[] }> {
  const results = await Promise.all([...bodies].map(([file, { body, bodyLine }]) => checkBody(file, body, bodyLine)));
  return { problems: results.flatMap((r) => r.problems), links: results.flatMap((r) => r.links) };
}
