/** `npm run check:data`: parse and cross-check every file under geodata/data; exit 1 on any problem. */
import { AtlasDataError } from '../../geodata/src/atlas-data.js';
import { validateAtlas } from '../../geodata/src/validate-atlas.js';
import { readGeodata } from '../../geodata/node/read-geodata.js';

try {
  const data = readGeodata();
  const problems = validateAtlas(data);
  for (const p of problems) console.error(`${p.file} ${p.id}: ${p.message}`);
  const facts = data.memberships.reduce((n, f) => n + f.facts.length, 0);
  console.log(
    `geodata: ${data.states.length} states, ${facts} membership facts, ${data.bases.length} bases, ` +
      `${data.events.length} events, ${data.sources.length} sources; ${problems.length} problems`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
} catch (error) {
  if (error instanceof AtlasDataError) {
    console.error(`Cannot read geodata: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
