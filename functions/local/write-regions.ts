/**
 * Rewrites functions/taxonomy/regions.json and cluster-names.json from taxonomy.json after a
 * change to the taxonomy (`npm run taxonomy:regions`); test/unit/classify/regions-file.test.ts
 * fails until it is run.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import knowledge from '../taxonomy/taxonomy.json' with { type: 'json' };
import { deriveClusterNames, deriveRegions, formatClusterNamesFile, formatRegionsFile } from '../taxonomy/derive-regions.js';

const source = knowledge as Parameters<typeof deriveRegions>[0];
for (const [file, text] of [
  ['regions.json', formatRegionsFile(deriveRegions(source))],
  ['cluster-names.json', formatClusterNamesFile(deriveClusterNames(source))],
]) {
  const target = fileURLToPath(new URL(`../taxonomy/${file}`, import.meta.url));
  writeFileSync(target, text);
  process.stdout.write(`Wrote ${target}\n`);
}
