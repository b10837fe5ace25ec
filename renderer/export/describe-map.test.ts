import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { describeMap } from './describe-map.js';

const queries = new AtlasQueries(readGeodata());

describe('describeMap', () => {
  it('says who is coloured how, on which date, from which source (one organisation)', () => {
    const d = describeMap(queries, { day: '2023-12-31', orgs: ['SCO'], mode: 'status' });
    expect(d).toMatch(/^Map of Eurasia as of 31 December 2023: states coloured by their status in SCO \(/);
    expect(d).toMatch(/member, full blue \(9\): China, India, Iran, Kazakhstan/);
    expect(d).toMatch(/observer, lighter blue tint/);
    expect(d).toMatch(/Source: .*Natural Earth\.$/);
  });

  it('describes the overlap view by the number of full memberships', () => {
    const d = describeMap(queries, { day: '2023-12-31', orgs: ['SCO', 'CSTO'], mode: 'status' });
    expect(d).toMatch(/full member of 2 of 2, darkest brown \(\d+\): .*Kazakhstan/);
  });
});

describe('the exports carry the description', () => {
  it('pageTexts gives it to the SVG <desc> (and the PNG Description, the PDF cover map alt text)', async () => {
    const { pageTexts } = await import('./layout/page-texts.js');
    const texts = pageTexts(queries, { day: '2023-12-31', orgs: ['SCO'], mode: 'status' }, { title: '', subtitle: '' });
    expect(texts.description).toBe(describeMap(queries, { day: '2023-12-31', orgs: ['SCO'], mode: 'status' }));
  });
});
