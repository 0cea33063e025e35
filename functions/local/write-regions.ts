/**
 * Rewrites functions/taxonomy/regions.json from taxonomy.json after a change to the taxonomy
 * (`npm run taxonomy:regions`); test/unit/classify/regions-file.test.ts fails until it is run.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import knowledge from '../taxonomy/taxonomy.json' with { type: 'json' };
import { deriveRegions, formatRegionsFile } from '../taxonomy/derive-regions.js';

const target = fileURLToPath(new URL('../taxonomy/regions.json', import.meta.url));
writeFileSync(target, formatRegionsFile(deriveRegions(knowledge as Parameters<typeof deriveRegions>[0])));
process.stdout.write(`Wrote ${target}\n`);
