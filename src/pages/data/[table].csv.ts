/** One CSV resource of the data package per table (src/presentation/data-tables.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../loading/site-content.ts';
import { dataFiles } from '../../presentation/data-package.ts';

export const getStaticPaths = (async () =>
  dataFiles(await getModel()).map((f) => ({ params: { table: f.table.name }, props: { text: f.text } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
