import { describe, expect, it } from 'vitest';
import { tradePartnersFor } from './trade-queries.js';
import { createPartner, createTradeFile, createTradeYear } from './test-factories.js';

const file = createTradeFile('KGZ', [
  createTradeYear(2010, 1000, [createPartner('CHN', 200), createPartner('RUS', 300, { estimated: true }), createPartner('KAZ', 100)]),
  createTradeYear(2012, 1200, [createPartner('RUS', 400), createPartner('CHN', 350)]),
  createTradeYear(2023, 1500, []),
  createTradeYear(2024, null, [createPartner('CHN', 530), createPartner('RUS', 320)], 'curated-source'),
  { ...createTradeYear(2025, null, [createPartner('CHN', 600)], 'curated-source'), basis: "partner-reported: China's customs" },
]);

describe('tradePartnersFor', () => {
  it('ranks the year’s partners by total, largest first, with their share of trade with the world', () => {
    const answer = tradePartnersFor(file, 2010)!;
    expect(answer).toMatchObject({ year: 2010, requestedYear: 2010, exact: true, worldTotal: 1000 });
    expect(answer.partners.map((p) => [p.rank, p.partner, p.share])).toEqual([
      [1, 'RUS', 0.3],
      [2, 'CHN', 0.2],
      [3, 'KAZ', 0.1],
    ]);
  });

  it('carries the IMF estimate flag and the year’s sources', () => {
    const answer = tradePartnersFor(file, 2010)!;
    expect(answer.partners.find((p) => p.partner === 'RUS')?.estimated).toBe(true);
    expect(answer.sources.map((s) => s.source)).toEqual(['test-source']);
  });

  it('falls back to the nearest year with partner figures and says it is not exact', () => {
    const answer = tradePartnersFor(file, 2015)!;
    expect(answer).toMatchObject({ requestedYear: 2015, year: 2012, exact: false, requestedWorldTotal: null });
  });

  it('prefers the earlier year when two are equally near', () => {
    expect(tradePartnersFor(file, 2011)?.year).toBe(2010);
  });

  it('treats a year with a world total but no partners as missing, and reports what the year has', () => {
    const answer = tradePartnersFor(file, 2023)!;
    expect(answer).toMatchObject({ year: 2024, exact: false, requestedWorldTotal: 1500 });
  });

  it('gives no share when the world total is not reported', () => {
    const answer = tradePartnersFor(file, 2024)!;
    expect(answer.partners.map((p) => p.share)).toEqual([null, null]);
    expect(answer.sources[0]?.source).toBe('curated-source');
  });

  it('passes on how a curated year was compiled, and says nothing for a year without a basis', () => {
    expect(tradePartnersFor(file, 2025)?.basis).toBe("partner-reported: China's customs");
    expect(tradePartnersFor(file, 2024)?.basis).toBeNull();
    expect(tradePartnersFor(file, 2010)?.basis).toBeNull();
  });

  it('is null for a file with no partner figures at all', () => {
    expect(tradePartnersFor(createTradeFile('TKM', [createTradeYear(2000, 10, [])]), 2000)).toBeNull();
  });
});
