import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { readWeight } from '../../geodata/node/read-weight.js';
import { orgProfile } from '../../geodata/src/org-profile.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { orgPanelModel } from './org-panel.js';

const data = readGeodata();
const queries = new AtlasQueries(data);

describe('orgPanelModel (real data)', () => {
  const model = orgPanelModel(orgProfile(queries, readWeight(), data.events, 'SCO', '2023-12-31'), queries);

  it('lists the current members first, by name, with their status and since when', () => {
    expect(model.members[0]!.status).toBe('member');
    expect(model.members.filter((m) => m.status === 'member').map((m) => m.iso3)).toContain('IND');
    expect(model.members.find((m) => m.iso3 === 'KAZ')?.since).toMatch(/1996|2001/);
  });

  it('charts the states by status and the members’ share of the world, each with its table', () => {
    expect(model.counts.title).toBe('SCO: states by status, 1991–2023');
    expect(model.counts.svg).toContain('<title>SCO: states by status, 1991–2023</title>');
    expect(model.counts.tableHtml).toContain('<th scope="row">2017</th>');
    expect(model.weight?.svg).toContain('data-series="population"');
    expect(model.weight?.description).toMatch(/World Bank/);
  });

  it('lists the summits newest first, and says where the figures come from', () => {
    expect(model.summits.length).toBeGreaterThan(15);
    expect(model.sourceLine).toMatch(/World Bank/);
  });
});
