/** Validates content/ without a build: schemas, references, translations. */
import { loadContent } from '../src/lib/load.ts';
import { formatProblem } from '../src/lib/problems.ts';

const { problems, set } = loadContent(process.env.CONTENT_ROOT ?? './content');
for (const p of problems) console.error(formatProblem(p));
const counts = Object.entries(set.facts).map(([c, e]) => `${c} ${e.length}`).join(', ');
console.log(`${problems.length} problem(s); ${counts}; texts ${set.texts.length}`);
process.exit(problems.length ? 1 : 0);
