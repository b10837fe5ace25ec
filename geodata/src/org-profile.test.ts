import { describe, expect, it } from 'vitest';
import { AtlasQueries } from './queries.js';
import { readGeodata } from '../node/read-geodata.js';
import { readWeight } from '../node/read-weight.js';
import { orgProfile } from './org-profile.js';

const data = readGeodata();
const queries = new AtlasQueries(data);
const weight = readWeight();

describe('orgProfile (real data)', () => {
  const sco = orgProfile(queries, weight, data.events, 'SCO', '2024-12-31');

  it('counts the statuses at the end of every year from 1991', () => {
    expect(sco.years[0]!.year).toBe(1991);
    expect(sco.years.at(-1)!.year).toBe(2024);
    const y2017 = sco.years.find((y) => y.year === 2017)!;
    const y2016 = sco.years.find((y) => y.year === 2016)!;
    expect(y2017.counts.member - y2016.counts.member).toBe(2); // India and Pakistan joined in June 2017
    expect(sco.years.at(-1)!.counts.member).toBe(queries.membershipsOn('SCO', '2024-12-31').filter((a) => a.status === 'member').length);
  });

  it("gives the members' share of the world's population and GDP, none before the organisation had members", () => {
    expect(sco.years.find((y) => y.year === 1991)!.populationShare).toBeNull();
    const share = sco.years.find((y) => y.year === 2023)!.populationShare!;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.5);
    expect(sco.years.at(-1)!.gdpShare).toBeNull(); // World Bank GDP stops in 2023
  });

  it('lists its summits up to the day, newest first', () => {
    expect(sco.summits.length).toBeGreaterThan(15);
    expect(sco.summits.every((e) => e.type === 'summit' && e.orgs?.includes('SCO') && e.date <= '2024-12-31')).toBe(true);
    expect(sco.summits[0]!.date >= sco.summits.at(-1)!.date).toBe(true);
  });
});
