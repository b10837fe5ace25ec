/**
 * A small SVG line chart (d3-scale + d3-shape) used by the panels and the briefing alike: one
 * function returns the whole <svg> as a string, so the app and the exports draw the same chart.
 * Gaps (null values) break a line instead of being drawn as zero; marked points (estimates,
 * partner-reported or other-basis figures) are drawn hollow; vertical markers note basis changes.
 * Every text is escaped; the chart carries <title> and <desc> for screen readers.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { escapeXml } from '../export/svg/escape-xml.js';

export interface ChartPoint {
  x: number;
  y: number | null;
  /** Drawn hollow and explained in the legend: e.g. "partner-reported". */
  marked?: boolean;
}

export interface ChartSeries {
  id: string;
  label: string;
  colour: string;
  /** Dash pattern so series differ by more than hue (colour-vision deficiency). */
  dash?: string;
  points: ChartPoint[];
}

export interface LineChartOptions {
  width: number;
  height: number;
  title: string;
  /** One or two sentences saying what the chart shows, for <desc> and the briefing's alt text. */
  description: string;
  yFormat: (v: number) => string;
  /** Upper end of the y axis; defaults to the largest value (rounded up by d3's nice()). */
  yMax?: number;
  /** Vertical rules with a short label, e.g. a change of basis. */
  markers?: { x: number; label: string }[];
  /** What a hollow point means; shown in the legend when any point is marked. */
  markedMeaning?: string;
  fontFamily?: string;
}

export const defaultLineChartOptions = { width: 420, height: 220, fontFamily: "'Noto Sans', sans-serif" } as const;

const MARGIN = { top: 14, right: 12, bottom: 24, left: 40 };
const LEGEND_ROW = 16;

export function lineChartSvg(series: readonly ChartSeries[], options: LineChartOptions): string {
  const font = options.fontFamily ?? defaultLineChartOptions.fontFamily;
  const legendRows = Math.ceil(series.length / 3) + (options.markedMeaning && series.some((s) => s.points.some((p) => p.marked)) ? 1 : 0);
  const plotBottom = options.height - MARGIN.bottom - legendRows * LEGEND_ROW;
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y).filter((y): y is number => y !== null));
  const x = scaleLinear()
    .domain(xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1])
    .range([MARGIN.left, options.width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, options.yMax ?? (ys.length ? Math.max(...ys) : 1)])
    .nice()
    .range([plotBottom, MARGIN.top]);
  const parts: string[] = [];
  const text = (tx: number, ty: number, s: string, anchor = 'start', size = 10, fill = '#444') =>
    `<text x="${tx.toFixed(1)}" y="${ty.toFixed(1)}" font-size="${size}" text-anchor="${anchor}" fill="${fill}">${escapeXml(s)}</text>`;
  for (const t of y.ticks(4)) {
    parts.push(`<line x1="${MARGIN.left}" x2="${options.width - MARGIN.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#e3e0d8"/>`);
    parts.push(text(MARGIN.left - 4, y(t) + 3, options.yFormat(t), 'end'));
  }
  const xTicks = x.ticks(Math.min(6, Math.max(2, new Set(xs).size - 1))).filter((t) => Number.isInteger(t));
  for (const t of xTicks) parts.push(text(x(t), plotBottom + 13, String(t), 'middle'));
  for (const m of options.markers ?? []) {
    parts.push(`<line x1="${x(m.x).toFixed(1)}" x2="${x(m.x).toFixed(1)}" y1="${MARGIN.top}" y2="${plotBottom}" stroke="#888" stroke-dasharray="2 2"/>`);
    parts.push(text(x(m.x) + 2, MARGIN.top + 8, m.label, 'start', 9, '#666'));
  }
  for (const s of series) {
    const path = line<ChartPoint>()
      .defined((p) => p.y !== null)
      .x((p) => x(p.x))
      .y((p) => y(p.y ?? 0))(s.points);
    if (path) parts.push(`<path data-series="${escapeXml(s.id)}" d="${path}" fill="none" stroke="${escapeXml(s.colour)}" stroke-width="1.8"${s.dash ? ` stroke-dasharray="${escapeXml(s.dash)}"` : ''}/>`);
    for (const p of s.points) {
      if (p.y === null) continue;
      parts.push(`<circle cx="${x(p.x).toFixed(1)}" cy="${y(p.y).toFixed(1)}" r="${p.marked ? 2.6 : 1.8}" fill="${p.marked ? '#fff' : escapeXml(s.colour)}" stroke="${escapeXml(s.colour)}" stroke-width="1.2"/>`);
    }
  }
  const legendTop = plotBottom + MARGIN.bottom - 2;
  const colWidth = (options.width - MARGIN.left) / 3;
  series.forEach((s, i) => {
    const lx = MARGIN.left + (i % 3) * colWidth;
    const ly = legendTop + Math.floor(i / 3) * LEGEND_ROW;
    parts.push(`<line x1="${lx}" x2="${lx + 16}" y1="${ly - 3}" y2="${ly - 3}" stroke="${escapeXml(s.colour)}" stroke-width="2"${s.dash ? ` stroke-dasharray="${escapeXml(s.dash)}"` : ''}/>`);
    parts.push(text(lx + 20, ly, s.label));
  });
  if (options.markedMeaning && series.some((s) => s.points.some((p) => p.marked))) {
    const ly = legendTop + Math.ceil(series.length / 3) * LEGEND_ROW;
    parts.push(`<circle cx="${MARGIN.left + 4}" cy="${ly - 3}" r="2.6" fill="#fff" stroke="#444" stroke-width="1.2"/>`);
    parts.push(text(MARGIN.left + 12, ly, options.markedMeaning));
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${options.width}" height="${options.height}" viewBox="0 0 ${options.width} ${options.height}" font-family="${escapeXml(font)}">` +
    `<title>${escapeXml(options.title)}</title><desc>${escapeXml(options.description)}</desc>` +
    parts.join('') +
    '</svg>'
  );
}

/** The accessible alternative: the same numbers as an HTML table (one row per x, one column per series). */
export function chartTableHtml(series: readonly ChartSeries[], caption: string, format: (v: number) => string, xLabel = 'Year'): string {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const head = `<tr><th scope="col">${escapeXml(xLabel)}</th>${series.map((s) => `<th scope="col">${escapeXml(s.label)}</th>`).join('')}</tr>`;
  const rows = xs.map((xv) => {
    const cells = series.map((s) => {
      const p = s.points.find((q) => q.x === xv);
      return `<td>${p?.y === null || p === undefined ? '—' : escapeXml(format(p.y) + (p.marked ? ' *' : ''))}</td>`;
    });
    return `<tr><th scope="row">${xv}</th>${cells.join('')}</tr>`;
  });
  return `<table class="chart-table"><caption>${escapeXml(caption)}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}
