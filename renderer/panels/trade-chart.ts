/**
 * "Share of trade with main partners": one line per partner (China, Russia, the EU of the year,
 * the United States, Turkey, India) over 1992 → the reporter's latest year, from the trade lens
 * (itself the trade query), drawn by lineChartSvg for the panel and the PDF briefing alike.
 * Only years with their own figures are drawn (no fallback year repeated); a year without a share
 * is a gap, never 0; estimated, partner-reported and mirror-differing figures are hollow points;
 * every change of basis is a vertical rule. Partners never above 5% are left out to keep it legible.
 */
import type { AtlasQueries } from '../../geodata/src/queries.js';
import type { TradeFile } from '../../geodata/src/schema.js';
import { LENS_PARTNERS, tradeLensFor, type LensPartner } from '../../geodata/src/trade-lens.js';
import { chartTableHtml, lineChartSvg, type ChartSeries } from '../charts/line-chart.js';
import { escapeXml } from '../export/svg/escape-xml.js';
import { formatShare } from './format-figures.js';

export const TRADE_CHART_FIRST_YEAR = 1992;
/** A partner is drawn when its share reaches this in some year (China, Russia, the EU, the US always). */
export const TRADE_CHART_MIN_SHARE = 0.05;
const ALWAYS: readonly LensPartner[] = ['CHN', 'RUS', 'EU', 'USA'];

/** Okabe–Ito hues with dashes, so the lines differ by more than colour. */
export const TRADE_CHART_STYLES: Record<LensPartner, { label: string; colour: string; dash?: string }> = {
  CHN: { label: 'China', colour: '#D55E00' },
  RUS: { label: 'Russia', colour: '#0072B2', dash: '6 3' },
  EU: { label: 'EU (members of the year)', colour: '#009E73', dash: '2 2' },
  USA: { label: 'United States', colour: '#CC79A7', dash: '8 2 2 2' },
  TUR: { label: 'Turkey', colour: '#E69F00', dash: '1 3' },
  IND: { label: 'India', colour: '#56B4E9', dash: '4 1 1 1' },
};

export interface TradeChart {
  title: string;
  /** For <desc>, the briefing's alt text and the table caption. */
  description: string;
  firstYear: number;
  lastYear: number;
  series: ChartSeries[];
  /** Years whose basis differs from the year before. */
  basisChanges: number[];
  svg: string;
  tableHtml: string;
}

/** The EU's members on 31 December of a year, from the lineage (memoised per queries object). */
const euCache = new WeakMap<AtlasQueries, Map<number, ReadonlySet<string>>>();
export function euMembersOf(queries: AtlasQueries): (year: number) => ReadonlySet<string> {
  let byYear = euCache.get(queries);
  if (!byYear) euCache.set(queries, (byYear = new Map()));
  const cache = byYear;
  return (year) => {
    let set = cache.get(year);
    if (!set) cache.set(year, (set = new Set(queries.membershipsOn('EU', `${year}-12-31`).filter((a) => a.status === 'member').map((a) => a.state))));
    return set;
  };
}

/** Null when the reporter has no year with a share for any partner. */
export function tradeChart(file: TradeFile, stateName: string, euMembersOf: (year: number) => ReadonlySet<string>, size = { width: 420, height: 240 }): TradeChart | null {
  const years = file.years.map((y) => y.year).filter((y) => y >= TRADE_CHART_FIRST_YEAR).sort((a, b) => a - b);
  if (years.length === 0) return null;
  const firstYear = TRADE_CHART_FIRST_YEAR;
  const lastYear = years[years.length - 1]!;
  const answers = new Map<number, ReturnType<typeof tradeLensFor>>();
  for (let y = firstYear; y <= lastYear; y++) {
    const a = tradeLensFor(file, y, euMembersOf);
    if (a.year === y) answers.set(y, a);
  }
  const series: ChartSeries[] = [];
  for (const p of LENS_PARTNERS) {
    const points = [];
    let drawn = false;
    let max = 0;
    for (let y = firstYear; y <= lastYear; y++) {
      const cell = answers.get(y)?.cells[p];
      if (cell === undefined && !answers.has(y)) {
        points.push({ x: y, y: null });
        continue;
      }
      if (!cell) continue;
      drawn = true;
      if (cell.share !== null) max = Math.max(max, cell.share);
      points.push({ x: y, y: cell.share, marked: Boolean(cell.estimated || cell.partnerReported || cell.mirror) });
    }
    if (!drawn || !points.some((pt) => pt.y !== null)) continue;
    if (!ALWAYS.includes(p) && max < TRADE_CHART_MIN_SHARE) continue;
    const style = TRADE_CHART_STYLES[p];
    series.push({ id: p, label: style.label, colour: style.colour, ...(style.dash ? { dash: style.dash } : {}), points });
  }
  if (series.length === 0) return null;
  const basisChanges = file.years.filter((y) => y.basisChange !== undefined && y.year >= firstYear).map((y) => y.year);
  const title = `Share of trade with main partners, ${firstYear}–${lastYear}`;
  const description =
    `${stateName}: share of its goods trade with ${series.map((s) => s.label).join(', ')}, ${firstYear}–${lastYear}, from the atlas's trade data (IMF Direction of Trade Statistics to 2020, sources cited per year after). ` +
    'Gaps are years without a share on the same basis as the world total; hollow points are estimated, partner-reported or differ from the partner’s own report' +
    (basisChanges.length > 0 ? `; the basis of the figures changes in ${basisChanges.join(', ')}.` : '.');
  const svg = lineChartSvg(series, {
    width: size.width,
    height: size.height,
    title,
    description,
    yFormat: (v) => `${Math.round(v * 100)}%`,
    markers: basisChanges.map((x) => ({ x, label: 'basis' })),
    markedMeaning: 'estimated, partner-reported or disputed by the partner',
  });
  return { title, description, firstYear, lastYear, series, basisChanges, svg, tableHtml: chartTableHtml(series, title, formatShare) };
}

/** The chart as a printed figure (the briefing's state page): its description is the figure's alt text. */
export function tradeChartFigureHtml(chart: Pick<TradeChart, 'title' | 'description' | 'svg'> | null): string {
  if (!chart) return '';
  return `<h3>${escapeXml(chart.title)}</h3><figure class="trade-chart" role="img" aria-label="${escapeXml(chart.description)}">${chart.svg}</figure>`;
}
