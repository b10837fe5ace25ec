import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR, readGeodata } from '../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { lensFromIndex, type LensIndex } from '../../geodata/src/trade-lens.js';
import { lensStyle } from '../map/trade-lens-layer.js';
import { DEFAULT_BOUNDS } from '../state/app-state.js';
import { exportLens } from './export-lens.js';
import { BORDER_FILES, type BorderData } from './svg/border-data.js';
import { svgDocument } from './svg/svg-document.js';
import { sovietRepublicsOn } from './svg/soviet-union.js';
import { approximateMeasure } from './layout/text-measure.js';
import { pageTexts } from './layout/page-texts.js';

const queries = new AtlasQueries(readGeodata());
const index = JSON.parse(readFileSync(join(GEODATA_DIR, 'trade', 'lens.json'), 'utf8')) as LensIndex;
const borders = Object.fromEntries(Object.entries(BORDER_FILES).map(([k, f]) => [k, JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', f), 'utf8'))])) as unknown as BorderData;

describe('exportLens (real lens index)', () => {
  const lens = exportLens(queries, index, 'CHN', '2023-12-31');

  it('gives every state the live map’s lens fill, and a legend with the steps, no data and hatching', () => {
    expect(lens.fills.get('KAZ')).toEqual({ fill: lensStyle(lensFromIndex(index, 'KAZ', 2023), 'CHN').fill, hatch: lensStyle(lensFromIndex(index, 'KAZ', 2023), 'CHN').hatch });
    expect(lens.legend.keys.length).toBeGreaterThanOrEqual(4);
    expect(lens.legend.keys.some((k) => k.hatched)).toBe(true);
    expect(lens.legend.keys.some((k) => /No data/.test(k.label))).toBe(true);
    expect(lens.title).toMatch(/Share of goods trade with China, 2023/);
  });

  it('an SVG in lens mode fills Kazakhstan with its lens colour, not its membership colour', () => {
    const statuses = queries.statusesOn(['SCO'], '2023-12-31');
    const svg = svgDocument({
      borders, fills: lens.fills, statuses, orgs: ['SCO'], mode: 'status', day: '2023-12-31', sovietUnion: false, sovietRepublics: sovietRepublicsOn(borders, '2023-12-31'),
      projection: 'conic', frame: DEFAULT_BOUNDS, measure: approximateMeasure, size: 'a4-landscape',
      texts: { ...pageTexts(queries, { day: '2023-12-31', orgs: ['SCO'], mode: 'status' }, { title: '', subtitle: '' }), title: lens.title }, legend: lens.legend,
    });
    const kaz = /<path id="state-KAZ" data-state="KAZ"[^>]* fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];
    expect(kaz).toBe(lens.fills.get('KAZ')!.fill);
    expect(svg).toContain('Share of goods trade with China, 2023');
  });
});
