import { describe, expect, it } from 'vitest';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { readTradeFile } from '../../geodata/node/read-trade.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { UsageError } from './command.js';
import { lensCommand } from './lens.js';

const queries = new AtlasQueries(readGeodata());
const command = lensCommand(readTradeFile);
const run = (values: Record<string, string>) => command.run(values, { queries, today: '2026-11-22' });
type Row = { state: string; share?: number | null; difference?: number | null; year: number | null; reason?: string; partnerReported?: boolean };

describe('atlas-data lens (real data)', () => {
  it('gives each reporter’s share with the partner, the year shown and why a share is missing', () => {
    const { json } = run({ partner: 'chn', year: '2023' }) as { json: { partner: string; rows: Row[] } };
    expect(json.partner).toBe('CHN');
    expect(json.rows.find((r) => r.state === 'KAZ')).toMatchObject({ share: 0.21537, year: 2023 });
    expect(json.rows.find((r) => r.state === 'RUS')).toMatchObject({ partnerReported: true, year: 2023 });
    // A figure on another basis than the world total gives no share, and says why.
    expect(json.rows.find((r) => r.state === 'AFG')).toMatchObject({ share: null, year: 2023, reason: expect.stringMatching(/^on another basis: partner-reported: China's customs/) });
    // A curated list bounds nothing: China's 2023 list adds the Central Asian states below its ten largest partners.
    const india = run({ partner: 'ind', year: '2023' }) as { json: { rows: (Row & { below?: number })[] } };
    expect(india.json.rows.find((r) => r.state === 'CHN')).toMatchObject({ share: null, reason: 'India is not among the partners listed for 2023' });
    expect(india.json.rows.find((r) => r.state === 'CHN')).not.toHaveProperty('below');
    // Partner-reported figures without a world total: no share.
    expect(json.rows.find((r) => r.state === 'TKM')).toMatchObject({ share: null, year: 2023, reason: 'no total trade with the world recorded for 2023' });
    expect(json.rows.every((r) => r.share === null || (r.share ?? 0) > 0)).toBe(true);
  });

  it('China or Russia: the difference, as CSV with a sources column', () => {
    const { csv } = run({ partner: 'CHN-RUS', year: '2010' });
    expect(csv.header).toEqual(['state', 'name', 'china_minus_russia', 'year_shown', 'basis', 'estimated', 'partner_reported', 'below', 'reason', 'sources']);
    const kaz = csv.rows.find((r) => r[0] === 'KAZ')!;
    expect(kaz[2]).toBeCloseTo(0.07842, 5);
    expect(String(kaz[9])).toMatch(/IMF|Direction of Trade/);
  });

  it('writes a bound as a bound in the table: "≥" for at least, "≤" when Russia is larger by at least that', () => {
    for (const [partner, year] of [['EU', '2024'], ['CHN-RUS', '2025'], ['CHN', '2024']] as const) {
      const { json, text } = run({ partner, year }) as { json: { rows: (Row & { name: string; atLeast?: boolean })[] }; text: string };
      const lines = text.split('\n');
      const bounded = json.rows.filter((r) => r.atLeast);
      if (partner === 'EU') expect(bounded.length).toBeGreaterThan(5);
      for (const r of json.rows) {
        const line = lines.find((l) => l.startsWith(`${r.name} `))!;
        const value = r.share ?? r.difference ?? null;
        expect(/[≥≤] -?\d/.test(line), `${partner} ${r.state}: ${line}`).toBe(Boolean(r.atLeast) && value !== null);
      }
    }
  });

  it('refuses an unknown partner', () => {
    expect(() => run({ partner: 'JPN', year: '2023' })).toThrow(UsageError);
  });
});
