/** The briefing's content, from the real atlas data. */
import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../../geodata/node/read-geodata.js';
import { AtlasQueries } from '../../../geodata/src/queries.js';
import { formatPartialDate } from '../../../geodata/src/partial-date.js';
import type { OrgId, TradeFile } from '../../../geodata/src/schema.js';
import { legendModel } from '../../panels/legend.js';
import { briefingModel, defaultCompareDay, BRIEFING_EVENTS, BRIEFING_TRADE_PARTNERS } from './briefing-model.js';

const queries = new AtlasQueries(readGeodata());

function createTrade(reporter: string): TradeFile {
  return {
    reporter,
    years: [
      {
        year: 2020,
        worldTotal: 1000,
        partners: ['CHN', 'RUS', 'ITA', 'DEU', 'TUR', 'UZB'].map((partner, i) => ({ partner, exports: null, imports: null, total: 300 - i * 40, estimated: false })),
        sources: [{ source: queries.data.sources[0]!.id, supports: 'test trade figures' }],
      },
    ],
  };
}

function createModel(states: string[], orgs: OrgId[] = ['SCO', 'CSTO'], day = '2024-12-31', compare = '2014-12-31') {
  return briefingModel({
    queries,
    day,
    orgs,
    compare,
    states,
    legend: legendModel(queries, orgs, day, 'status'),
    title: 'Central Asia',
    subtitle: '',
    trade: new Map(states.map((s) => [s, s === 'KGZ' ? null : createTrade(s)])),
  });
}

describe('briefingModel', () => {
  it('lists the changes of the shown organisations after the comparison date up to the day, in date order', () => {
    const model = createModel([]);
    const india = model.changes.find((c) => c.state === 'IND' && c.org === 'SCO');
    expect(india).toMatchObject({ kind: 'changed', before: 'observer', after: 'member' });
    const armenia = model.changes.find((c) => c.state === 'ARM' && c.org === 'CSTO');
    expect(armenia).toMatchObject({ before: 'member', after: 'suspended' });
    const dates = model.changes.map((c) => c.date);
    expect(dates.every((d) => d > '2014-12-31' && d <= '2024-12-31')).toBe(true);
  });

  it("gives a state page its statuses on the day, its history up to the day, foreign bases and trade partners", () => {
    const [kgz, kaz] = createModel(['KGZ', 'KAZ']).states;
    expect(kgz!.name).toBe('Kyrgyzstan');
    expect(kgz!.current.map((r) => `${r.org}:${r.status}`)).toEqual(expect.arrayContaining(['SCO:member', 'CSTO:member']));
    expect(kgz!.basesHosted.map((b) => b.base.name)).toContain('Kant air base (999th Air Base)');
    expect(kgz!.basesHosted.map((b) => b.base.name)).not.toContain('Manas Air Base / Transit Center at Manas');
    expect(kgz!.trade).toBeNull();
    expect(kgz!.tradeNote).toBe('The atlas holds no trade figures for this state.');
    expect(kaz!.trade!.partners).toHaveLength(BRIEFING_TRADE_PARTNERS);
    expect(kaz!.trade!.partners[0]).toMatchObject({ partner: 'CHN', partnerName: 'China', share: 0.3 });
    expect(kaz!.tradeChart?.title).toBe('Share of trade with main partners, 1992–2020');
    expect(kaz!.tradeChart?.svg).toContain('<desc>Kazakhstan: share of its goods trade with China, Russia');
    expect(kgz!.tradeChart).toBeNull();
    expect(kaz!.history.every((r) => r.from <= '2024-12-31')).toBe(true);
  });

  it('lists recent events newest first, exercises apart', () => {
    const [kaz] = createModel(['KAZ']).states;
    expect(kaz!.events.length).toBeLessThanOrEqual(BRIEFING_EVENTS);
    expect(kaz!.events.every((e) => e.event.type !== 'exercise')).toBe(true);
    const dates = kaz!.events.map((e) => e.event.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(kaz!.exerciseCount).toBeGreaterThanOrEqual(kaz!.exercises.length);
  });

  it('numbers every cited source once, in order of first citation, and every reference resolves', () => {
    const model = createModel(['KAZ', 'KGZ']);
    const numbers = model.sources.map((s) => s.n);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(new Set(model.sources.map((s) => s.id)).size).toBe(model.sources.length);
    const refs = [
      ...model.coverRefs,
      ...model.changes.flatMap((c) => c.refs),
      ...model.states.flatMap((s) => [...s.history.flatMap((r) => r.refs), ...s.basesHosted.flatMap((b) => b.refs), ...s.events.flatMap((e) => e.refs), ...(s.trade?.refs ?? [])]),
    ];
    for (const n of refs) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(model.sources.length);
    }
    expect(model.sources.every((s) => s.source !== null)).toBe(true);
    expect(model.sources.map((s) => s.id)).toContain('gen-natural-earth');
  });

  it('states the data date and the as-of date', () => {
    const model = createModel([]);
    expect(model.asOf).toBe('As of 31 December 2024');
    expect(model.dataAsOf).toBe(formatPartialDate(queries.data.info.asOf));
  });

  it('defaults the comparison to the end of the year ten years before, never before 1991', () => {
    expect(defaultCompareDay('2024-12-31')).toBe('2014-12-31');
    expect(defaultCompareDay('1995-06-30')).toBe('1991-12-31');
  });
});
