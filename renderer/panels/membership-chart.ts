/**
 * A compact chart of a state's statuses in the four core organisations, and in any context
 * organisation it ever had a status in (with their predecessor bodies), from 1991 to today: one
 * row per organisation, one band per fact coloured by status, the chosen
 * date marked. Hovering a band shows its dates, body and sources (an SVG <title>).
 */
import type { MembershipAnswer } from '../../geodata/src/queries.js';
import { formatPartialDate, startDay, type IsoDay } from '../../geodata/src/partial-date.js';
import { FIRST_DAY } from '../../geodata/src/resolve-as-of.js';
import { CONTEXT_ORG_IDS, CORE_ORG_IDS, type OrgId } from '../../geodata/src/schema.js';
import { statusColour, STATUS_LABELS } from '../map/palette.js';

export interface ChartBand {
  answer: MembershipAnswer;
  /** Left and right edge, as fractions of the time axis (0 = first day, 1 = last day). */
  x0: number;
  x1: number;
}

export interface ChartModel {
  rows: { org: OrgId; bands: ChartBand[] }[];
  /** Where the chosen date sits on the axis (0–1). */
  marker: number;
  ticks: { year: number; x: number; labelled: boolean }[];
  first: IsoDay;
  last: IsoDay;
}

/** A tick every this many years (plus the first year). */
const TICK_EVERY_YEARS = 5;
/** A tick this close to the first year keeps its grid line but not its label (they would collide). */
const TICK_LABEL_MIN_GAP_YEARS = 5;

/**
 * The chart's rows: the four core organisations always (an empty row says "never"), then each
 * context organisation (NATO, EU, BRICS, OTS, GUAM) the state ever had a status in, in that order.
 */
export function chartOrgs(history: readonly MembershipAnswer[]): OrgId[] {
  const held = new Set(history.map((a) => a.org));
  return [...CORE_ORG_IDS, ...CONTEXT_ORG_IDS.filter((o) => held.has(o))];
}

export function membershipChartModel(history: readonly MembershipAnswer[], orgs: readonly OrgId[], day: IsoDay, last: IsoDay, first: IsoDay = FIRST_DAY): ChartModel {
  const t0 = Date.parse(first);
  const span = Math.max(1, Date.parse(last) - t0);
  const at = (d: IsoDay): number => Math.min(1, Math.max(0, (Date.parse(d) - t0) / span));
  const rows = orgs.map((org) => ({
    org,
    bands: history
      .filter((a) => a.org === org)
      .map((answer) => ({ answer, x0: at(startDay(answer.since)), x1: answer.until === null ? 1 : at(startDay(answer.until)) }))
      .filter((b) => b.x1 > b.x0),
  }));
  const firstYear = Number(first.slice(0, 4));
  const lastYear = Number(last.slice(0, 4));
  const ticks = [{ year: firstYear, x: 0, labelled: true }];
  for (let y = Math.ceil((firstYear + 1) / TICK_EVERY_YEARS) * TICK_EVERY_YEARS; y <= lastYear; y += TICK_EVERY_YEARS) {
    ticks.push({ year: y, x: at(`${y}-01-01`), labelled: y - firstYear >= TICK_LABEL_MIN_GAP_YEARS });
  }
  return { rows, marker: at(day), ticks, first, last };
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LAYOUT = { width: 340, labelWidth: 44, rightPad: 8, rowHeight: 14, rowGap: 6, top: 6, axisHeight: 18 };

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

/** Builds the chart. `describeSources` turns a fact's citations into tooltip lines. */
export function membershipChart(model: ChartModel, day: IsoDay, describeSources: (answer: MembershipAnswer) => string[]): SVGSVGElement {
  const { width, labelWidth, rightPad, rowHeight, rowGap, top, axisHeight } = LAYOUT;
  const trackWidth = width - labelWidth - rightPad;
  const height = top + model.rows.length * (rowHeight + rowGap) + axisHeight;
  const x = (f: number): number => labelWidth + f * trackWidth;
  const axisY = top + model.rows.length * (rowHeight + rowGap);
  const root = svg('svg', {
    class: 'membership-chart',
    id: 'panel-membership-chart',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `Statuses in ${model.rows.map((r) => r.org).join(', ')} from ${formatPartialDate(model.first)} to ${formatPartialDate(model.last)}; the chosen date, ${formatPartialDate(day)}, is marked. The table below gives the same facts.`,
  });
  for (const t of model.ticks) {
    root.append(svg('line', { class: 'grid', x1: x(t.x), x2: x(t.x), y1: top - 2, y2: axisY }));
    if (t.labelled) root.append(svg('text', { class: 'tick', x: x(t.x), y: axisY + 12, 'text-anchor': t.x === 0 ? 'start' : 'middle' }, String(t.year)));
  }
  model.rows.forEach((row, i) => {
    const y = top + i * (rowHeight + rowGap);
    root.append(
      svg('text', { class: 'row-label', x: 0, y: y + rowHeight - 3 }, row.org),
      svg('rect', { class: 'track', x: x(0), y, width: trackWidth, height: rowHeight, rx: 2 }),
    );
    for (const band of row.bands) {
      const a = band.answer;
      const dates = `${formatPartialDate(a.since)} – ${a.until === null ? 'today' : formatPartialDate(a.until)}`;
      const tooltip = [`${a.org}: ${STATUS_LABELS[a.status]} (${a.body.name})`, dates, ...describeSources(a)].join('\n');
      root.append(
        svg('rect', {
          class: `band status-${a.status}`,
          'data-org': a.org,
          'data-status': a.status,
          'data-from': a.since,
          x: x(band.x0),
          y,
          width: Math.max(1.5, (band.x1 - band.x0) * trackWidth),
          height: rowHeight,
          fill: statusColour(a.org, a.status),
        }, svg('title', {}, tooltip)),
      );
    }
  });
  root.append(
    svg('line', { class: 'date-marker', x1: x(model.marker), x2: x(model.marker), y1: 0, y2: axisY + 2 }, svg('title', {}, `Chosen date: ${formatPartialDate(day)}`)),
    svg('path', { class: 'date-marker-head', d: `M${x(model.marker) - 4},0 h8 l-4,5 z` }),
  );
  return root;
}
