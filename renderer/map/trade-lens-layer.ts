/**
 * How the trade lens paints, describes and tabulates a state (headless): the fill from the share
 * (or, for "China or Russia", the difference), "no data" in grey — never as zero — and a hatch for
 * estimated or partner-reported figures; the tooltip line, the table row and the legend all read
 * the same cell, so hover, table, legend and panel agree.
 */
import { CHINA_VS_RUSSIA, LENS_PARTNER_NAMES, chinaVsRussia, chinaVsRussiaOrderUnknown, type LensAnswer, type LensCell, type LensChoice } from '../../geodata/src/trade-lens.js';
import { formatShare } from '../panels/format-figures.js';
import { LENS_DIVERGING_BINS, LENS_DIVERGING_COLOURS, LENS_NO_DATA, LENS_SHARE_BINS, LENS_SHARE_COLOURS } from './palette.js';

export interface LensStyle {
  fill: string;
  /** Estimated or partner-reported: hatched over the fill. */
  hatch: boolean;
  /** Index of the legend step, or null for no data. */
  step: number | null;
  /** One line for the tooltip and the table: "21.5% (2023)", "no data: …". */
  text: string;
  /** The share (or difference) as a fraction; null for no data. */
  value: number | null;
}

const binOf = (bins: readonly number[], v: number): number => {
  const i = bins.findIndex((b) => v < b);
  return i < 0 ? bins.length : i;
};

const pp = (v: number): string => `${(Math.abs(v) * 100).toFixed(1)} points`;

function marks(cells: (LensCell | undefined)[], choice: LensChoice): string[] {
  const out: string[] = [];
  if (cells.some((c) => c?.estimated)) out.push('estimated');
  if (cells.some((c) => c?.partnerReported)) out.push('partner-reported');
  if (cells.some((c) => c?.mirror)) out.push('the partner’s own report differs');
  if (cells.some((c) => c?.recordedTradeOnly)) out.push('share of recorded trade only');
  // "At least": for the EU, the members among the listed partners; for a state, a part-year or one-flow figure.
  if (cells.some((c) => c?.atLeast)) out.push(choice === 'EU' ? 'EU members among the largest partners: at least this' : 'a lower bound (part of the year or one flow only)');
  return out;
}

export function lensStyle(answer: LensAnswer, choice: LensChoice): LensStyle {
  const none = (why: string): LensStyle => ({ fill: LENS_NO_DATA, hatch: false, step: null, text: `no data: ${why}`, value: null });
  if (answer.year === null) return none('no trade figures for this year');
  const when = ` (${answer.year})`;
  if (choice === CHINA_VS_RUSSIA) {
    const d = chinaVsRussia(answer);
    const cells = [answer.cells.CHN, answer.cells.RUS];
    if (!d && chinaVsRussiaOrderUnknown(answer)) {
      const share = (name: string, c: LensCell): string => `${name} ${c.atLeast ? 'at least ' : ''}${formatShare(c.share!)}`;
      return { fill: LENS_NO_DATA, hatch: false, step: null, text: `which is larger is not known${when}: ${share('China', answer.cells.CHN!)}, ${share('Russia', answer.cells.RUS!)} (a lower bound: part of the year or one flow only)`, value: null };
    }
    if (!d) return none(cells.map((c) => c?.reason).filter(Boolean).join('; ') || 'no shares for both China and Russia');
    const m = marks(cells, choice);
    const who = d.diff > 0 ? 'China' : d.diff < 0 ? 'Russia' : 'neither';
    const text = `${who} larger by ${d.atLeast ? 'at least ' : ''}${pp(d.diff)}${when}${m.length ? `; ${m.join(', ')}` : ''}`;
    const step = binOf(LENS_DIVERGING_BINS, d.diff);
    return { fill: LENS_DIVERGING_COLOURS[step]!, hatch: cells.some((c) => c?.estimated || c?.partnerReported), step, text, value: d.diff };
  }
  const cell = answer.cells[choice];
  if (!cell) return none(`this is ${LENS_PARTNER_NAMES[choice]} itself`);
  if (cell.share === null) {
    // Known only to be below a figure that falls in the first step: drawn as that step, said so.
    if (cell.below !== undefined && cell.below < LENS_SHARE_BINS[0]) return { fill: LENS_SHARE_COLOURS[0], hatch: false, step: 0, text: `below ${formatShare(cell.below)}${when}: ${cell.reason ?? ''}`, value: null };
    return none(cell.reason ?? 'no share on the same basis');
  }
  const m = marks([cell], choice);
  const step = binOf(LENS_SHARE_BINS, cell.share);
  return { fill: LENS_SHARE_COLOURS[step]!, hatch: Boolean(cell.estimated || cell.partnerReported), step, text: `${cell.atLeast ? 'at least ' : ''}${formatShare(cell.share)}${when}${m.length ? `; ${m.join(', ')}` : ''}`, value: cell.share };
}

export interface LensLegend {
  title: string;
  steps: { colour: string; label: string }[];
  noData: { colour: string; label: string };
  hatch: string;
  notes: string[];
  source: string;
}

const pct = (v: number): string => `${Math.round(v * 100)}%`;
const pts = (v: number): string => String(Math.round(v * 100));

export function lensLegend(choice: LensChoice, year: number): LensLegend {
  const source = 'Source: IMF Direction of Trade Statistics (1992–2020) and the reporters’ or partners’ published statistics (2021 on), as cited in each state’s panel.';
  const noData = { colour: LENS_NO_DATA, label: 'No data (no share on the same basis as the world total; never zero)' };
  const hatch = 'Hatched: estimated or partner-reported figure';
  if (choice === CHINA_VS_RUSSIA) {
    const b = LENS_DIVERGING_BINS;
    return {
      title: `China or Russia: which is the larger share of goods trade, ${year}`,
      steps: [
        { colour: LENS_DIVERGING_COLOURS[0], label: `Russia larger by ${pts(-b[0])} points or more` },
        { colour: LENS_DIVERGING_COLOURS[1], label: `Russia larger by ${pts(-b[1])}–${pts(-b[0])} points` },
        { colour: LENS_DIVERGING_COLOURS[2], label: `Russia larger by under ${pts(-b[1])} points` },
        { colour: LENS_DIVERGING_COLOURS[3], label: `China larger by under ${pts(b[3])} points` },
        { colour: LENS_DIVERGING_COLOURS[4], label: `China larger by ${pts(b[3])}–${pts(b[4])} points` },
        { colour: LENS_DIVERGING_COLOURS[5], label: `China larger by ${pts(b[4])} points or more` },
      ],
      noData,
      hatch,
      notes: ['Difference of the two shares in percentage points; where one partner is not among the largest listed, or the larger share is itself a lower bound, the difference shown is a lower bound. Where the smaller share is a lower bound, which is larger is not known: drawn as no data, and the tooltip says so.'],
      source,
    };
  }
  const b = LENS_SHARE_BINS;
  return {
    title: `Share of goods trade with ${LENS_PARTNER_NAMES[choice]}, ${year}`,
    steps: LENS_SHARE_COLOURS.map((colour, i) => ({ colour, label: i === 0 ? `under ${pct(b[0])}` : i === b.length ? `${pct(b[i - 1]!)} or more` : `${pct(b[i - 1]!)}–${pct(b[i]!)}` })),
    noData,
    hatch,
    notes: [
      'Each state’s year shown is its own nearest year with figures (at most two years away).',
      ...(choice === 'EU' ? ['EU: its members on 31 December of the year, summed over those among the state’s largest partners (at least this share).'] : []),
    ],
    source,
  };
}
