/** The tables the explorers download selections of, as JSON records (src/presentation/data-package.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../loading/site-content.ts';
import { dataTables } from '../../presentation/data-tables.ts';
import { SELECTION_TABLES, tableJson } from '../../presentation/data-package.ts';

export const getStaticPaths = (async () =>
  dataTables(await getModel())
    .filter((t) => (SELECTION_TABLES as readonly string[]).includes(t.name))
    .map((t) => ({ params: { table: t.name }, props: { text: tableJson(t) } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) => new Response(props.text, { headers: { 'Content-Type': 'application/json' } });
