import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_DIR } from '../../geodata/node/read-geodata.js';
import { unionsFileSchema } from '../../geodata/src/unions.js';
import { activeOnFilter, historyChangeDays, historyOn, spanStart, stateLabelFilter } from './history-layer.js';

const unions = unionsFileSchema.parse(JSON.parse(readFileSync(join(GEODATA_DIR, 'unions.json'), 'utf8')));
const labels = JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', 'labels.geojson'), 'utf8')) as { features: { properties: Record<string, unknown> }[] };
const historyLabels = JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', 'history-labels.geojson'), 'utf8')) as { features: { properties: Record<string, unknown> }[] };

function passes(filter: ReturnType<typeof activeOnFilter>, properties: Record<string, unknown>): boolean {
  return featureFilter(filter, 'layers[0].filter').filter({ zoom: 3 }, { type: 1, properties, geometry: [] } as never);
}

describe('history layer filters (evaluated by MapLibre’s own expression engine)', () => {
  it('keeps a feature on [from, to): Czechoslovakia on 31 Dec 1992, not on 1 Jan 1993', () => {
    const csk = { from: null, to: '1993-01-01' };
    expect(passes(activeOnFilter('1992-12-31'), csk)).toBe(true);
    expect(passes(activeOnFilter('1993-01-01'), csk)).toBe(false);
    expect(passes(activeOnFilter('2006-06-02'), { from: '1992-04-27', to: '2006-06-03' })).toBe(true);
    expect(passes(activeOnFilter('1992-04-26'), { from: '1992-04-27', to: '2006-06-03' })).toBe(false);
  });

  it('shows the labels of the day: Slovakia from 1993, the FRY label in 1995, Hong Kong under the right sovereignty', () => {
    const label = (iso3: string) => labels.features.find((f) => f.properties.iso3 === iso3)!.properties;
    expect(passes(stateLabelFilter('1992-06-30') as never, label('SVK'))).toBe(false);
    expect(passes(stateLabelFilter('1993-06-30') as never, label('SVK'))).toBe(true);
    expect(passes(stateLabelFilter('1992-06-30') as never, label('POL'))).toBe(true);
    expect(passes(stateLabelFilter('2020-06-30') as never, label('HKG'))).toBe(false);
    const names = (day: string) => historyLabels.features.filter((f) => passes(activeOnFilter(day), f.properties)).map((f) => f.properties.name);
    expect(names('1995-06-30')).toEqual(expect.arrayContaining(['Serbia and Montenegro (FR Yugoslavia)', 'Hong Kong (UK)', 'Macao (Portugal)']));
    expect(names('2000-06-30')).toEqual(expect.arrayContaining(['Hong Kong (China)', 'Macao (China)']));
    expect(names('2000-06-30')).not.toContain('Hong Kong (UK)');
  });

  it('lists the unions of the day with the code they are coloured as', () => {
    expect(historyOn(unions, '1992-06-30').unions.map((u) => u.iso3).sort()).toEqual(['CSK', 'ETH', 'SCG', 'SDN']);
    expect(historyOn(unions, '2025-01-01').unions).toEqual([]);
  });
});

describe('spans between change days', () => {
  it('gives the same span to two days between the same change days, another across one', () => {
    const days = historyChangeDays(unions);
    expect(days).toContain('1993-01-01');
    expect(spanStart(days, '1993-06-30')).toBe(spanStart(days, '1993-12-31'));
    expect(spanStart(days, '1992-12-31')).not.toBe(spanStart(days, '1993-01-01'));
    expect(spanStart(days, '1990-01-01')).toBe('0000-01-01');
  });

  it('the filters at a span’s start draw what the filters at any day of the span draw', () => {
    const days = historyChangeDays(unions);
    for (const day of ['1992-06-30', '1999-11-01', '2006-06-04', '2010-01-01', '2025-06-30']) {
      const start = spanStart(days, day);
      for (const f of historyLabels.features) expect(passes(activeOnFilter(start), f.properties), `${day} ${String(f.properties.name)}`).toBe(passes(activeOnFilter(day), f.properties));
      for (const f of labels.features) expect(passes(stateLabelFilter(start) as never, f.properties), `${day} ${String(f.properties.iso3)}`).toBe(passes(stateLabelFilter(day) as never, f.properties));
    }
  });
});
