/** Writes src/figures/world.json from world-atlas: run after upgrading world-atlas (`node scripts/prepare-geo.ts`). */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareAtlas, serializeAtlas } from '../src/figures/geo-prepare.ts';

const require = createRequire(import.meta.url);
/** world-atlas's files are TopoJSON topologies of countries (see its README). */
type Atlas = Parameters<typeof prepareAtlas>[0];
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Atlas;
const atlas = prepareAtlas(
  read(require.resolve('world-atlas/countries-110m.json')),
  read(require.resolve('world-atlas/countries-50m.json')),
  read(require.resolve('world-atlas/countries-10m.json')),
);
writeFileSync('src/figures/world.json', serializeAtlas(atlas));
console.log(`src/figures/world.json: ${atlas.countries.length} outlines, ${atlas.points.length} points`);
