/** Writes src/figures/world.json from world-atlas: run after upgrading world-atlas (`node scripts/prepare-geo.ts`). */
import { readFileSync, writeFileSync } from 'node:fs';
import { prepareAtlas, serializeAtlas } from '../src/figures/geo-prepare.ts';

const read = (name: string) => JSON.parse(readFileSync(`node_modules/world-atlas/${name}`, 'utf8'));
const atlas = prepareAtlas(read('countries-110m.json'), read('countries-50m.json'), read('countries-10m.json'));
writeFileSync('src/figures/world.json', serializeAtlas(atlas));
console.log(`src/figures/world.json: ${atlas.countries.length} outlines, ${atlas.points.length} points`);
