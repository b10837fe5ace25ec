/** The export draws the USSR exactly as the live map does: the rule lives in geodata/src. */
import { SOVIET_REPUBLICS, isSovietUnionDrawn } from '../../../geodata/src/soviet-union.js';

export { isSovietUnionDrawn };

export function sovietRepublics(): Set<string> {
  return new Set(SOVIET_REPUBLICS);
}
