import { describe, expect, it } from 'vitest';
import type { LensAnswer } from '../../geodata/src/trade-lens.js';
import { lensLegend, lensStyle } from './trade-lens-layer.js';
import { LENS_DIVERGING_COLOURS, LENS_NO_DATA, LENS_SHARE_COLOURS } from './palette.js';

const answer = (cells: LensAnswer['cells'], year: number | null = 2023): LensAnswer => ({ reporter: 'KAZ', year, basis: year === null ? null : 'b', cells });

describe('lensStyle', () => {
  it('colours by the share’s step and says the share and the year', () => {
    const s = lensStyle(answer({ CHN: { share: 0.215 } }), 'CHN');
    expect(s).toEqual({ fill: LENS_SHARE_COLOURS[3], hatch: false, step: 3, text: '21.5% (2023)', value: 0.215 });
  });

  it('draws no data in grey, never as zero, and says why', () => {
    expect(lensStyle(answer({ CHN: { share: null, reason: 'no total trade with the world recorded for 2024' } }), 'CHN')).toMatchObject({ fill: LENS_NO_DATA, step: null, value: null, text: 'no data: no total trade with the world recorded for 2024' });
    expect(lensStyle(answer({}, null), 'RUS').fill).toBe(LENS_NO_DATA);
    expect(lensStyle(answer({ RUS: { share: 0.3 } }), 'CHN').text).toBe('no data: this is China itself');
  });

  it('hatches estimated and partner-reported figures and names them', () => {
    const s = lensStyle(answer({ CHN: { share: 0.338, partnerReported: true } }), 'CHN');
    expect(s.hatch).toBe(true);
    expect(s.text).toBe('33.8% (2023); partner-reported');
  });

  it('says "at least" for a lower bound, naming what kind: EU members listed, or a part-year figure', () => {
    expect(lensStyle(answer({ EU: { share: 0.07, atLeast: true } }), 'EU').text).toBe('at least 7.0% (2023); EU members among the largest partners: at least this');
    expect(lensStyle(answer({ RUS: { share: 0.05, atLeast: true } }), 'RUS').text).toBe('at least 5.0% (2023); a lower bound (part of the year or one flow only)');
  });

  it('draws a partner known only to be below the first step as that step, saying so', () => {
    expect(lensStyle(answer({ USA: { share: null, below: 0.012, reason: 'the United States is not among the 20 largest partners listed for 2023' } }), 'USA')).toMatchObject({ fill: LENS_SHARE_COLOURS[0], step: 0, value: null, text: expect.stringMatching(/^below 1\.2% \(2023\)/) });
    expect(lensStyle(answer({ USA: { share: null, below: 0.08 } }), 'USA').fill).toBe(LENS_NO_DATA);
  });

  it('China or Russia: diverging by the difference, with who is larger', () => {
    const s = lensStyle(answer({ CHN: { share: 0.215 }, RUS: { share: 0.194 } }), 'CHN-RUS');
    expect(s).toMatchObject({ fill: LENS_DIVERGING_COLOURS[3], step: 3, text: 'China larger by 2.1 points (2023)' });
    expect(lensStyle(answer({ CHN: { share: 0.05 }, RUS: { share: 0.4 } }), 'CHN-RUS')).toMatchObject({ fill: LENS_DIVERGING_COLOURS[0], text: 'Russia larger by 35.0 points (2023)' });
    expect(lensStyle(answer({ CHN: { share: null, reason: 'x' }, RUS: { share: 0.4 } }), 'CHN-RUS').fill).toBe(LENS_NO_DATA);
    // A lower bound that is the larger share still settles the order ("at least"); the smaller one does not.
    expect(lensStyle(answer({ CHN: { share: 0.212, atLeast: true }, RUS: { share: 0.16 } }), 'CHN-RUS').text).toMatch(/^China larger by at least 5\.2 points \(2023\)/);
    expect(lensStyle(answer({ CHN: { share: 0.1, atLeast: true }, RUS: { share: 0.16 } }), 'CHN-RUS')).toMatchObject({ fill: LENS_NO_DATA, value: null, text: 'which is larger is not known (2023): China at least 10.0%, Russia 16.0% (a lower bound: part of the year or one flow only)' });
  });
});

describe('lensLegend', () => {
  it('labels every step, no data and the hatch, and names the source', () => {
    const l = lensLegend('CHN', 2023);
    expect(l.title).toBe('Share of goods trade with China, 2023');
    expect(l.steps.map((s) => s.label)).toEqual(['under 5%', '5%–10%', '10%–20%', '20%–30%', '30%–50%', '50% or more']);
    expect(l.noData.label).toMatch(/never zero/);
    expect(l.source).toMatch(/IMF Direction of Trade Statistics/);
    expect(lensLegend('EU', 2004).notes.join(' ')).toMatch(/members on 31 December/);
    expect(lensLegend('CHN-RUS', 2010).steps[5]!.label).toBe('China larger by 20 points or more');
  });
});
