import { describe, expect, it } from 'vitest';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { createAtlasData, createFact, createPartner, createTradeFile, createTradeYear } from '../../geodata/src/test-factories.js';
import type { TradeFile } from '../../geodata/src/schema.js';
import { UsageError } from './command.js';
import { tradeCommand } from './trade.js';

const queries = new AtlasQueries(createAtlasData([createFact('KAZ', 'SCO', 'member', '2001-06-15', null), createFact('RUS', 'SCO', 'member', '2001-06-15', null), createFact('CHN', 'SCO', 'member', '2001-06-15', null)]));
const files: Record<string, TradeFile> = {
  KAZ: createTradeFile('KAZ', [
    createTradeYear(1992, 700, [createPartner('CHN', 370, { exports: 200, imports: 170 })], 'test-source'),
    { ...createTradeYear(2023, 1000, [createPartner('CHN', 300), createPartner('RUS', 250, { basis: "partner-reported: Russia's customs" })], 'test-source'), basis: 'Kazakh statistics' },
  ]),
};
const command = tradeCommand((iso3) => files[iso3] ?? null);
const run = (values: Record<string, string>) => command.run(values, { queries, today: '2026-11-22' });

describe('atlas-data trade (command)', () => {
  it('answers with the query’s shape: reporter, year, world total, basis, partners, notes, sources', () => {
    const { json } = run({ state: 'kaz', year: '2023' }) as { json: Record<string, unknown> };
    expect(json).toMatchObject({ reporter: 'KAZ', year: 2023, requestedYear: 2023, worldTotal: 1000, basis: 'Kazakh statistics' });
    const partners = json.partners as Record<string, unknown>[];
    expect(partners[0]).toEqual({ rank: 1, partner: 'CHN', name: 'CHN', total: 300, share: 0.3 });
    expect(partners[1]).toMatchObject({ partner: 'RUS', basis: "partner-reported: Russia's customs" });
    expect(partners[1]).not.toHaveProperty('share');
    expect((json.notes as string[]).some((n) => n.startsWith('No share is given for RUS'))).toBe(true);
    expect((json.sources as { id: string; title: string }[])[0]).toMatchObject({ id: 'test-source', title: 'Test source' });
  });

  it('shows the nearest year with a note when the year has no figures', () => {
    const { json } = run({ state: 'KAZ', year: '2000' }) as { json: { year: number; notes: string[] } };
    expect(json.year).toBe(1992);
    expect(json.notes[0]).toBe('No partner figures for 2000: showing 1992, the nearest year with them.');
  });

  it('prints a readable table with the basis, notes and a dash where no share is valid', () => {
    const { text } = run({ state: 'KAZ', year: '2023' });
    expect(text).toContain('KAZ: goods trade with its largest partners in 2023 (US$ millions)');
    expect(text).toContain('Basis: Kazakh statistics');
    expect(text).toMatch(/1\s+CHN\s+CHN\s+-\s+-\s+300\.0\s+30\.0%/);
    expect(text).toMatch(/2\s+RUS\s+RUS\s+-\s+-\s+250\.0\s+-/);
  });

  it('gives CSV rows with the same figures', () => {
    const { csv } = run({ state: 'KAZ', year: '1992' });
    expect(csv.header.slice(0, 8)).toEqual(['reporter', 'year', 'rank', 'partner', 'name', 'exports', 'imports', 'total']);
    expect(csv.rows[0]!.slice(0, 8)).toEqual(['KAZ', 1992, 1, 'CHN', 'CHN', 200, 170, 370]);
  });

  it.each([
    [{ state: 'ATL', year: '2023' }, /unknown state "ATL"/],
    [{ year: '2023' }, /--state is required/],
    [{ state: 'KAZ', year: '1985' }, /"1985" is not a year 1992–2026/],
    [{ state: 'KAZ', year: '23' }, /"23" is not a year/],
    [{ state: 'KAZ' }, /--year is required/],
    [{ state: 'RUS', year: '2023' }, /no goods-trade figures reported by RUS/],
  ])('rejects %o with a usage error', (values, message) => {
    expect(() => run(values)).toThrow(UsageError);
    expect(() => run(values)).toThrow(message);
  });
});
