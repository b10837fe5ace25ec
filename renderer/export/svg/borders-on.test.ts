import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_DIR } from '../../../geodata/node/read-geodata.js';
import { BORDER_FILES, type BorderData } from './border-data.js';
import { bordersOn } from './borders-on.js';

const borders = Object.fromEntries(Object.entries(BORDER_FILES).map(([k, f]) => [k, JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', f), 'utf8'))])) as unknown as BorderData;
const states = (day: string) => bordersOn(borders, day).countries.features.map((f) => f.properties.iso3);
const labels = (day: string) => bordersOn(borders, day).labels.features.map((f) => f.properties.name);

describe('bordersOn (real border files)', () => {
  it('draws Czechoslovakia and the FR Yugoslavia in mid-1992 instead of their units', () => {
    expect(states('1992-06-30')).toEqual(expect.arrayContaining(['CSK', 'SCG', 'SVN', 'HRV', 'BIH', 'MKD']));
    for (const unit of ['CZE', 'SVK', 'SRB', 'MNE', 'XKX', 'ERI', 'SSD']) expect(states('1992-06-30')).not.toContain(unit);
    expect(states('2024-06-30')).toEqual(expect.arrayContaining(['CZE', 'SVK', 'SRB', 'MNE', 'XKX', 'ERI', 'SSD']));
    expect(states('2024-06-30')).not.toContain('CSK');
  });

  it('labels the states of the day under their names of the day', () => {
    expect(labels('1992-06-30')).toEqual(expect.arrayContaining(['Czechoslovakia', 'Serbia and Montenegro (FR Yugoslavia)', 'Hong Kong (UK)']));
    expect(labels('1992-06-30')).not.toContain('Slovakia');
    expect(labels('2007-06-30')).toEqual(expect.arrayContaining(['Serbia', 'Montenegro', 'Hong Kong (China)']));
    expect(labels('2007-06-30')).not.toContain('Kosovo');
    expect(labels('2009-06-30')).toContain('Kosovo');
  });
});
