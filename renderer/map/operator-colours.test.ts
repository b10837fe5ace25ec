import { differenceCiede2000, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { OPERATOR_COLOURS, OTHER_OPERATOR_COLOUR, operatorColour } from './operator-colours.js';

const deltaE = differenceCiede2000();

describe('operator colours', () => {
  const operators = [...new Set(readGeodata().bases.map((b) => b.operator))].sort();

  it('give every operator in the bases data a colour of its own (none falls back to grey)', () => {
    expect(operators.filter((o) => operatorColour(o) === OTHER_OPERATOR_COLOUR)).toEqual([]);
  });

  it('keep the operators’ colours apart (CIEDE2000 ≥ 10) and apart from the fallback grey', () => {
    const colours = [...Object.values(OPERATOR_COLOURS), OTHER_OPERATOR_COLOUR];
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        expect(deltaE(parse(colours[i]!)!, parse(colours[j]!)!), `${colours[i]} vs ${colours[j]}`).toBeGreaterThanOrEqual(10);
      }
    }
  });
});
