import { describe, expect, it } from 'vitest';
import { tradeAnswerFor, yearBasis } from './trade-queries.js';
import { createPartner, createTradeFile, createTradeYear } from './test-factories.js';
import type { TradeMirror, TradeYear } from './schema.js';

const names: Record<string, string> = { RUS: 'Russia', BLR: 'Belarus', UKR: 'Ukraine', CHN: 'China', KAZ: 'Kazakhstan', KGZ: 'Kyrgyzstan', DEU: 'Germany' };
const nameOf = (code: string): string | undefined => names[code];

const file = createTradeFile('KGZ', [
  createTradeYear(2010, 1000, [createPartner('CHN', 200), createPartner('RUS', 300, { estimated: true }), createPartner('KAZ', 100)], 'trade-imf-dots'),
  createTradeYear(2012, 1200, [createPartner('RUS', 400), createPartner('CHN', 350)], 'trade-imf-dots'),
  createTradeYear(2023, 1500, []),
  createTradeYear(2024, null, [createPartner('CHN', 530), createPartner('RUS', 320)], 'curated-source'),
  { ...createTradeYear(2025, 2000, [createPartner('CHN', 600, { basis: "partner-reported: China's customs" }), createPartner('RUS', 400)], 'curated-source'), basis: 'Kyrgyz statistics', basisChange: 'The basis changes from 2024 to 2025: 2024 is x; 2025 is y.' },
]);

const mirror = (by: string, total: number, note: string): TradeMirror => ({ by, exports: total / 2, imports: total / 2, total, estimated: false, note });

describe('tradeAnswerFor', () => {
  it('ranks the year’s partners by total, largest first, with names and shares of trade with the world', () => {
    const answer = tradeAnswerFor(file, 2010, nameOf)!;
    expect(answer).toMatchObject({ reporter: 'KGZ', year: 2010, requestedYear: 2010, exact: true, worldTotal: 1000, sharesOf: 'world total' });
    expect(answer.partners.map((p) => [p.rank, p.partner, p.name, p.share])).toEqual([
      [1, 'RUS', 'Russia', 0.3],
      [2, 'CHN', 'China', 0.2],
      [3, 'KAZ', 'Kazakhstan', 0.1],
    ]);
    expect(answer.notes).toEqual([]);
  });

  it('marks IMF estimates, leaves out flows the source does not give, and carries the sources', () => {
    const answer = tradeAnswerFor(file, 2010)!;
    expect(answer.partners.find((p) => p.partner === 'RUS')?.estimated).toBe(true);
    expect(answer.partners.find((p) => p.partner === 'CHN')).not.toHaveProperty('estimated');
    expect(answer.partners[0]).not.toHaveProperty('exports');
    expect(answer.sources.map((s) => s.source)).toEqual(['trade-imf-dots']);
  });

  it('falls back to the nearest year with partner figures, says so in a note, and prefers the earlier year on a tie', () => {
    const answer = tradeAnswerFor(file, 2015)!;
    expect(answer).toMatchObject({ requestedYear: 2015, year: 2012, exact: false });
    expect(answer.notes[0]).toBe('No partner figures for 2015: showing 2012, the nearest year with them.');
    expect(tradeAnswerFor(file, 2011)?.year).toBe(2010);
  });

  it('treats a year with a world total but no partners as missing, and reports what the year has', () => {
    const answer = tradeAnswerFor(file, 2023)!;
    expect(answer.year).toBe(2024);
    expect(answer.notes[0]).toContain('For 2023 only the total trade with the world is recorded (US$1,500 m)');
  });

  it('gives no share, and says why, when the world total is not reported', () => {
    const answer = tradeAnswerFor(file, 2024)!;
    expect(answer.partners.map((p) => p.share)).toEqual([undefined, undefined]);
    expect(answer.sharesOf).toBeNull();
    expect(answer.notes).toContain('No total trade with the world is recorded for 2024, so no shares are given.');
  });

  it('gives no share for a figure on another basis than the world total, says why, and passes on the basis change', () => {
    const answer = tradeAnswerFor(file, 2025, nameOf)!;
    expect(answer.basis).toBe('Kyrgyz statistics');
    expect(answer.basisStated).toBe(true);
    const china = answer.partners.find((p) => p.partner === 'CHN')!;
    expect(china.share).toBeUndefined();
    expect(china.basis).toBe("partner-reported: China's customs");
    expect(answer.partners.find((p) => p.partner === 'RUS')?.share).toBe(0.2);
    expect(answer.notes).toContain('The basis changes from 2024 to 2025: 2024 is x; 2025 is y.');
    expect(answer.notes.some((n) => n.startsWith('No share is given for China (its figure is on another basis'))).toBe(true);
  });

  it('writes a lower bound as such: flagged on the row, named in a note, its share a lower bound too', () => {
    const bounded = createTradeFile('TKM', [createTradeYear(2021, 1000, [createPartner('CHN', 500), createPartner('RUS', 100, { lowerBound: true, estimated: true })], 'curated-source')]);
    const answer = tradeAnswerFor(bounded, 2021, nameOf)!;
    const russia = answer.partners.find((p) => p.partner === 'RUS')!;
    expect(russia).toMatchObject({ lowerBound: true, share: 0.1 });
    expect(answer.partners.find((p) => p.partner === 'CHN')).not.toHaveProperty('lowerBound');
    expect(answer.notes).toContain('Figures marked ≥ are lower bounds, not the year\'s figure (part of the year, one flow only, or "more than"): Russia. Their rank may be higher than shown.');
    expect(tradeAnswerFor(file, 2010, nameOf)!.notes.some((n) => n.includes('lower bound'))).toBe(false);
  });

  it('names the basis of IMF and unstated curated years', () => {
    expect(yearBasis(file.years[0]!)).toEqual({ text: "IMF Direction of Trade Statistics: the reporter's own figures, calendar year", stated: false });
    expect(yearBasis(file.years[3]!).stated).toBe(false);
  });

  it('ranks labelled non-state rows by their label, never as the dissolved state, with shares', () => {
    const y: TradeYear = {
      ...createTradeYear(1995, 1000, [createPartner('BLR', 120), createPartner('DEU', 80)], 'trade-imf-dots'),
      labelled: [{ id: 'X-SUN', label: 'Former USSR, unallocated', flag: 'former-ussr-unallocated', exports: 50, imports: 50, total: 100, estimated: false, note: "Recorded under IMF's 'USSR' after 1991." }],
    };
    const answer = tradeAnswerFor(createTradeFile('UKR', [y]), 1995, nameOf)!;
    expect(answer.partners.map((p) => [p.partner, p.name, p.flag, p.share])).toEqual([
      ['BLR', 'Belarus', undefined, 0.12],
      ['X-SUN', 'Former USSR, unallocated', 'former-ussr-unallocated', 0.1],
      ['DEU', 'Germany', undefined, 0.08],
    ]);
    expect(answer.partners.some((p) => p.name === 'Soviet Union' || p.partner === 'SUN')).toBe(false);
  });

  it('shows a partner the reporter’s data leave out from the partner’s own report, ranked, without a share', () => {
    const y: TradeYear = {
      ...createTradeYear(2001, 100000, [createPartner('DEU', 13000), createPartner('UKR', 8000, { mirror: mirror('UKR', 20000, 'Ukraine reports 20,000.0, 2.5 times') })], 'trade-imf-dots'),
      partnerReported: [{ partner: 'BLR', reported: null, mirror: mirror('BLR', 9400, "Belarus reports 9,400.0; Russia's own data record none") }],
    };
    const answer = tradeAnswerFor(createTradeFile('RUS', [y]), 2001, nameOf)!;
    expect(answer.partners.map((p) => p.partner)).toEqual(['DEU', 'BLR', 'UKR']);
    const blr = answer.partners[1]!;
    expect(blr).toMatchObject({ total: 9400, partnerReported: true, basis: "partner-reported: Belarus's own figures", note: "Not in Russia's own data for 2001." });
    expect(blr.share).toBeUndefined();
    expect(answer.partners[2]?.mirror?.total).toBe(20000);
    expect(answer.partners[2]?.share).toBe(0.08);
    expect(answer.notes.some((n) => n.includes("Belarus (the figure is Belarus's own report, not part of Russia's recorded total)"))).toBe(true);
  });

  it('says when shares are of recorded trade only, and carries caveats and "19 of the top 20"', () => {
    const y: TradeYear = {
      ...createTradeYear(1992, 700, [createPartner('CHN', 370)], 'trade-imf-dots'),
      caveats: ["Kazakhstan's data for 1992 record no trade with the other former Soviet republics."],
      sharesOfRecordedTrade: true,
      partnersShown: { shown: 19, of: 20, note: "19 of the top 20 shown: the IMF extract gave a place to the aggregate 'Africa'" },
    };
    const answer = tradeAnswerFor(createTradeFile('KAZ', [y]), 1992, nameOf)!;
    expect(answer.sharesOf).toBe('recorded trade');
    expect(answer.partnersShown).toMatchObject({ shown: 19, of: 20 });
    expect(answer.notes).toEqual([
      "Kazakhstan's data for 1992 record no trade with the other former Soviet republics.",
      "19 of the top 20 shown: the IMF extract gave a place to the aggregate 'Africa'.",
      "Shares are of Kazakhstan's recorded trade (US$700 m), which leaves out part of its trade in 1992.",
    ]);
  });

  it('is null for a file with no partner figures at all', () => {
    expect(tradeAnswerFor(createTradeFile('TKM', [createTradeYear(2000, 10, [])]), 2000)).toBeNull();
  });
});
