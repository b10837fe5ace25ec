/**
 * `npm run -s atlas-data -- <command>`: query the atlas's facts from a terminal.
 * See geodata/cli/run-atlas-data.ts for the commands; exit code 2 on bad arguments.
 */
import { AtlasQueries } from '../geodata/src/queries.js';
import { todayIso } from '../geodata/src/partial-date.js';
import { AtlasDataError } from '../geodata/src/atlas-data.js';
import { readGeodata } from '../geodata/node/read-geodata.js';
import { readWeight } from '../geodata/node/read-weight.js';
import { runAtlasData } from './run-atlas-data.js';

try {
  const result = runAtlasData(process.argv.slice(2), new AtlasQueries(readGeodata()), todayIso(), { weight: readWeight });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (error) {
  if (error instanceof AtlasDataError) {
    process.stderr.write(`atlas-data: the bundled data is damaged: ${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
}
