/** The borders view and the day's states in the SVG export, over the real border files and data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GEODATA_DIR, readGeodata } from '../../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../../geodata/src/queries.js';
import type { OrgId } from '../../../geodata/src/schema.js';
import { statusColour } from '../../map/palette.js';
import { legendModel } from '../../panels/legend.js';
import { DEFAULT_BOUNDS } from '../../state/app-state.js';
import type { BordersView } from '../../state/borders-view.js';
import { BORDER_FILES, type BorderData } from './border-data.js';
import { pageTexts } from '../layout/page-texts.js';
import { sovietRepublicsOn } from './soviet-union.js';
import { svgDocument } from './svg-document.js';
import { approximateMeasure } from '../layout/text-measure.js';

const borders = Object.fromEntries(Object.entries(BORDER_FILES).map(([k, f]) => [k, JSON.parse(readFileSync(join(GEODATA_DIR, 'borders', f), 'utf8'))])) as unknown as BorderData;
const queries = new AtlasQueries(readGeodata());

function svg(day: string, orgs: OrgId[], bordersView: BordersView): string {
  return svgDocument({
    borders,
    bordersView,
    statuses: queries.statusesOn(orgs, day),
    orgs,
    mode: 'status',
    day,
    sovietUnion: false,
    sovietRepublics: sovietRepublicsOn(borders, day),
    projection: 'conic',
    frame: DEFAULT_BOUNDS,
    measure: approximateMeasure,
    size: 'a4-landscape',
    texts: pageTexts(queries, { day, orgs, mode: 'status', borders: bordersView }, { title: '', subtitle: '' }),
    legend: legendModel(queries, orgs, day, 'status'),
  });
}

describe('SVG export: borders view', () => {
  it('de facto: Crimea in the colour of Russia’s status under the hatching, breakaway areas as no one’s; the footer says so', () => {
    const doc = svg('2020-12-31', ['CSTO'], 'defacto');
    expect(doc).toMatch(new RegExp(`data-control-of="B89" data-control="RUS" fill="${statusColour('CSTO', 'member')}"`));
    expect(doc).toMatch(/data-control-of="B35" data-control="self" fill="#[0-9a-f]{6}"/);
    expect(doc).toContain('Crimea drawn as held by Russia');
  });

  it('de jure (default): no control layer, and the footer says Crimea is shown as Ukrainian', () => {
    const doc = svg('2020-12-31', ['CSTO'], 'dejure');
    expect(doc).not.toContain('data-control-of=');
    expect(doc).toContain('Crimea shown as Ukrainian');
  });

  it('draws the states of the day: Czechoslovakia in 1992, not Czechia and Slovakia', () => {
    const doc = svg('1992-06-30', ['CIS'], 'dejure');
    expect(doc).toContain('data-state="CSK"');
    expect(doc).not.toContain('data-state="SVK"');
    expect(svg('1993-06-30', ['CIS'], 'dejure')).toContain('data-state="SVK"');
  });
});
