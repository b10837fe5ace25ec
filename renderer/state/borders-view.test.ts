import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GEODATA_DIR } from '../../geodata/node/read-geodata.js';
import { BORDERS_VIEW_TEXT, bordersViewText, controlFill, isBordersView } from './borders-view.js';

const disputed = JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', 'disputed.geojson'), 'utf8')) as { features: { properties: { name: string; control?: string } }[] };
const control = (name: string) => disputed.features.find((f) => f.properties.name.startsWith(name))?.properties.control;

describe('de facto view', () => {
  it('colours Crimea as the state that holds it and breakaway areas as no one’s; Kashmir is unchanged', () => {
    const fillOf = (iso3: string) => (iso3 === 'RUS' ? '#aa0000' : '#00aa00');
    expect(controlFill(control('Crimea'), fillOf, '#land')).toBe('#aa0000');
    for (const area of ['Abkhazia', 'South Ossetia', 'Transnistria', 'Nagorno-Karabakh', 'Donbas']) expect(controlFill(control(area), fillOf, '#land'), area).toBe('#land');
    expect(controlFill(control('Jammu and Kashmir'), fillOf, '#land')).toBeNull();
  });

  it('knows its two views and says which is drawn', () => {
    expect(isBordersView('defacto')).toBe(true);
    expect(isBordersView('russian')).toBe(false);
    expect(BORDERS_VIEW_TEXT.dejure).toMatch(/Crimea drawn as part of Ukraine/);
    expect(BORDERS_VIEW_TEXT.defacto).toMatch(/Crimea drawn as held by Russia/);
  });

  it('from 24 February 2022 says that the areas occupied since then are not outlined, in either view', () => {
    for (const view of ['dejure', 'defacto'] as const) {
      expect(bordersViewText(view, '2022-02-23')).toBe(BORDERS_VIEW_TEXT[view]);
      expect(bordersViewText(view, '2022-02-24')).toContain('occupied since 2022');
    }
  });
});
