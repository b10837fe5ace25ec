/**
 * The briefing pack as one self-contained HTML print document: paged with CSS (@page with
 * margin boxes carrying the "as of" stamp, the data date and "Page n of N" on every page), the
 * cover map as inline vector SVG, real text throughout. Chromium prints it to PDF (the CLI via
 * Playwright, the app through the print dialog); nothing in it runs script or loads anything
 * but the bundled fonts.
 */
import { sourceDateText } from '../../../geodata/src/source-date-text.js';
import type { OrgPanelModel } from '../../panels/org-panel.js';
import { formatPartialDate } from '../../../geodata/src/partial-date.js';
import { BASE_COLOURS, ORG_COLOURS, STATUS_LABELS, statusColour } from '../../map/palette.js';
import { formatShare, formatUsdMillions } from '../../panels/format-figures.js';
import { atLeastText } from '../../../geodata/src/trade-queries.js';
import { BRIEFING_EVENT_YEARS, type BriefingModel, type BaseRow, type MembershipRow, type StatePage } from './briefing-model.js';
import { DISPUTED_KEY_LABEL } from '../layout/legend-layout.js';
import type { LegendOverlaySection } from '../export-overlays.js';
import { escapeXml as esc } from '../svg/escape-xml.js';
import { SIZE_PRESETS, type SizePresetId } from '../layout/size-presets.js';
import { tradeChartFigureHtml } from '../../panels/trade-chart.js';
import { attendanceText } from '../../panels/event-attendance.js';

/** Page margins in millimetres: top, right, bottom, left. */
export const BRIEFING_MARGINS_MM = [18, 15, 18, 15] as const;
const PX_PER_MM = 96 / 25.4;
const CHART = { width: 640, label: 52, row: 16, gap: 6, axis: 18 };

export interface BriefingPage {
  /** CSS @page size, e.g. "A4 portrait". */
  cssSize: string;
  /** Size of the cover map in CSS pixels. */
  coverMap: { width: number; height: number };
}

export function briefingPage(size: SizePresetId): BriefingPage {
  const preset = SIZE_PRESETS[size];
  if (preset.kind !== 'paper') throw new RangeError(`A briefing is printed on paper; "${size}" is not a paper size`);
  const [top, right, bottom, left] = BRIEFING_MARGINS_MM;
  const contentW = preset.widthMm - left - right;
  const contentH = preset.heightMm - top - bottom;
  const portrait = preset.heightMm > preset.widthMm;
  const width = Math.floor(contentW * PX_PER_MM);
  const height = Math.floor((portrait ? Math.min(contentW * 0.78, contentH * 0.55) : contentH * 0.62) * PX_PER_MM);
  return { cssSize: `${size.startsWith('a3') ? 'A3' : 'A4'} ${portrait ? 'portrait' : 'landscape'}`, coverMap: { width, height } };
}

/**
 * A CSS string literal for the running heads (`content: …` inside the <style> element): every
 * character outside a plain set becomes a CSS hex escape, so no quote, backslash, `<` or `</style>`
 * in a user's title can end the string or the element.
 */
export function cssString(text: string): string {
  return `"${text.replace(/\s+/g, ' ').replace(/[^\p{L}\p{N} .,:;!?()\-–—·_/+%]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/** Refuses every script in the document, wherever it is opened (print frame, print window, CLI). */
const DOCUMENT_CSP = "default-src 'self' data: blob:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; style-src 'self' 'unsafe-inline'";

function refs(numbers: readonly number[]): string {
  return numbers.length === 0 ? '' : `<sup class="cite">${numbers.map((n) => `[${n}]`).join('')}</sup>`;
}

function ranges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `[${sorted[i]}]–[${sorted[j]}]` : `[${sorted[i]}]`);
    i = j + 1;
  }
  return parts.join(', ');
}

function period(from: string, to: string | null): string {
  return `${formatPartialDate(from)} – ${to === null ? 'in force' : formatPartialDate(to)}`;
}

function overlayKeysHtml(sections: readonly LegendOverlaySection[]): string {
  return sections
    .map((s) =>
      `<div data-overlay="${s.overlay}"><h3>${esc(s.heading)}</h3><ul>${s.items
        .map((i) => `<li data-group="${esc(i.group)}"><span class="key marker" style="background:${i.fill};border-color:${i.stroke}"></span><span>${esc(i.label)}</span></li>`)
        .join('')}</ul>${s.note ? `<p class="badge-note">${esc(s.note)}</p>` : ''}</div>`,
    )
    .join('');
}

function legendHtml(model: BriefingModel, overlays: readonly LegendOverlaySection[]): string {
  const bodies = model.legend.bodies
    .map((b) => `<li data-org="${b.org}"><span class="key org" style="background:${ORG_COLOURS[b.org]}"></span><span data-body="${b.org}">${esc(b.name ?? `${b.org}: not yet founded`)}</span></li>`)
    .join('');
  const keys = model.legend.keys
    .map((k) => `<li${k.status ? ` data-status="${k.status}"` : ''}><span class="key${k.hatched ? ' hatched' : ''}" style="background-color:${k.colour}"></span><span>${esc(k.label)}</span></li>`)
    .join('');
  const badges = model.legend.badges.length === 0 ? '' :
    `<p class="badge-note">Badges under each name, one per organisation, left to right:</p><ul>${model.legend.badges
      .map((b) => `<li><span class="badge-dots">${model.legend.bodies.map((x) => `<span class="badge-dot" style="background:${b.fill(x.org)};border-color:${ORG_COLOURS[x.org]}"></span>`).join('')}</span><span>${esc(b.label)}</span></li>`)
      .join('')}</ul>`;
  return (
    `<div class="legend"><div><h3>${model.legend.mode === 'count' ? 'Full memberships' : 'Membership status'}</h3><ul>${bodies}</ul><p class="legend-as-of">${esc(model.asOf)}</p></div>` +
    `<div><ul>${keys}<li><span class="key hatched" style="background-color:${BASE_COLOURS.land}"></span><span>${DISPUTED_KEY_LABEL}</span></li></ul></div>${badges ? `<div>${badges}</div>` : ''}${overlayKeysHtml(overlays)}</div>`
  );
}

function chartSvg(page: StatePage): string {
  const { chart } = page;
  if (chart.rows.length === 0) return '';
  const plot = CHART.width - CHART.label - 8;
  const height = chart.rows.length * (CHART.row + CHART.gap) + CHART.axis;
  const x = (f: number) => (CHART.label + f * plot).toFixed(1);
  const rows = chart.rows
    .map((row, i) => {
      const y = i * (CHART.row + CHART.gap);
      const bands = row.bands
        .map((b) => {
          const w = Math.max(0.8, (b.x1 - b.x0) * plot).toFixed(1);
          const label = `${row.org} ${STATUS_LABELS[b.answer.status]} (${b.answer.body.short}), ${period(b.answer.since, b.answer.until)}`;
          return `<rect x="${x(b.x0)}" y="${y}" width="${w}" height="${CHART.row}" fill="${statusColour(row.org, b.answer.status)}"${b.answer.status === 'suspended' ? ' stroke="#282828" stroke-dasharray="2 1.5" stroke-width="0.8"' : ''}><title>${esc(label)}</title></rect>`;
        })
        .join('');
      return `<text x="0" y="${y + CHART.row - 4}" font-size="10" font-weight="700" fill="${ORG_COLOURS[row.org]}">${row.org}</text><rect x="${CHART.label}" y="${y}" width="${plot}" height="${CHART.row}" fill="#f3f0e8"/>${bands}`;
    })
    .join('');
  const axisY = chart.rows.length * (CHART.row + CHART.gap);
  const ticks = chart.ticks.map((t) => `<line x1="${x(t.x)}" x2="${x(t.x)}" y1="${axisY - CHART.gap}" y2="${axisY + 3}" stroke="#8f8b83" stroke-width="0.6"/><text x="${x(t.x)}" y="${axisY + 14}" font-size="9" text-anchor="middle" fill="#4a5560">${t.year}</text>`).join('');
  return (
    `<svg class="chart" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" role="img" aria-label="${esc(`Statuses of ${page.name} from ${formatPartialDate(chart.first)} to ${formatPartialDate(chart.last)}`)}" font-family="Noto Sans, sans-serif">` +
    `${rows}${ticks}<line x1="${x(chart.marker)}" x2="${x(chart.marker)}" y1="0" y2="${axisY - CHART.gap}" stroke="#111" stroke-width="1.2"/></svg>`
  );
}

function membershipTable(rows: readonly MembershipRow[]): string {
  if (rows.length === 0) return '<p class="muted">No status in any of the nine organisations (core or context) up to this date.</p>';
  const body = rows
    .map((r) => `<tr data-org="${r.org}" data-status="${r.status}"${r.current ? ' class="current"' : ''}><td>${r.org}</td><td>${esc(r.statusLabel)}</td><td>${esc(r.body)}</td><td>${esc(period(r.from, r.to))}${refs(r.refs)}</td></tr>`)
    .join('');
  return `<table class="memberships"><thead><tr><th>Org.</th><th>Status</th><th>Body</th><th>Period</th></tr></thead><tbody>${body}</tbody></table>`;
}

function basesTable(rows: readonly BaseRow[], empty: string): string {
  if (rows.length === 0) return `<p class="muted">${esc(empty)}</p>`;
  const body = rows
    .map(({ base, operatorName, hostName, refs: r }) =>
      `<tr data-base="${esc(base.id)}"><td><strong>${esc(base.name)}</strong>${base.confidence === 'weak' ? ' <span class="badge">weakly sourced</span>' : ''}${refs(r)}${base.place ? `<div class="muted">${esc(base.place)}</div>` : ''}</td><td>${esc(operatorName)} in ${esc(hostName)}</td><td>${esc(base.type)}</td><td>since ${esc(formatPartialDate(base.from))}</td></tr>`,
    )
    .join('');
  return `<table class="bases"><thead><tr><th>Base or facility</th><th>Operator in host</th><th>Type</th><th>Opened</th></tr></thead><tbody>${body}</tbody></table>`;
}

function tradeTable(page: StatePage): string {
  if (!page.trade) return `<p class="muted">${esc(page.tradeNote ?? '')}</p>`;
  const t = page.trade;
  const note = t.exact ? '' : ` (no partner figures for ${t.requestedYear}; nearest year shown)`;
  const rows = t.partners
    .map((p) => `<tr data-partner="${p.partner}"><td>${p.rank}</td><td>${esc(p.partnerName)}</td><td class="num">${esc(atLeastText(formatUsdMillions(p.total), p.lowerBound))}${p.estimated ? '*' : ''}</td><td class="num">${p.share === null ? '–' : esc(atLeastText(formatShare(p.share), p.lowerBound))}</td></tr>`)
    .join('');
  return (
    `<p class="muted">Goods trade (exports + imports), ${t.year}${esc(note)}${t.worldTotal !== null ? `; with the world ${esc(formatUsdMillions(t.worldTotal))}` : ''}${t.basis ? `; ${esc(t.basis)}` : ''}.${refs(t.refs)}</p>` +
    `<table class="trade"><thead><tr><th>#</th><th>Partner</th><th class="num">Total</th><th class="num">Share</th></tr></thead><tbody>${rows}</tbody></table>` +
    (t.partners.some((p) => p.estimated) ? `<p class="muted small">* ${esc(t.estimateNote)}.</p>` : '') +
    (t.notes.length > 0 ? `<ul class="muted small trade-notes">${t.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '')
  );
}

/** A summit's attendance, where sources say: the state's "absent"/"attended" mark and who came. */
function attendanceMark(a: StatePage['events'][number]['attendance']): string {
  return a?.state ? ` <span class="badge attendance-${a.state}" data-attendance="${esc(a.state)}">${esc(a.state)}</span>` : '';
}
function attendanceLine(a: StatePage['events'][number]['attendance']): string {
  return a ? `<div class="attendance muted">${esc(attendanceText(a))}</div>` : '';
}

function eventList(items: StatePage['events']): string {
  return `<ul class="events">${items
    .map(({ event: e, refs: r, attendance: a }) => `<li data-event="${esc(e.id)}"><span class="when">${esc(formatPartialDate(e.date))}</span> <span class="badge">${esc(e.type)}</span>${attendanceMark(a)} <strong>${esc(e.title)}</strong>${refs(r)}<div class="summary">${esc(e.summary)}</div>${attendanceLine(a)}</li>`)
    .join('')}</ul>`;
}

function statePageHtml(page: StatePage, model: BriefingModel): string {
  const current = page.current.length === 0
    ? '<p>No status in any of the nine organisations (core or context) on this date.</p>'
    : `<ul class="current">${page.current.map((r) => `<li data-org="${r.org}"><span class="key" style="background:${statusColour(r.org, r.status)}"></span><span><strong>${r.org}</strong>: ${esc(r.statusLabel)} (${esc(r.body)}) since ${esc(formatPartialDate(r.from))}${refs(r.refs)}</span></li>`).join('')}</ul>`;
  return (
    `<section class="page state" data-state="${page.iso3}">` +
    `<h2>${esc(page.name)} <span class="code">${page.iso3}</span></h2>` +
    (page.otherNames.length ? `<p class="other-names">${esc(page.otherNames.join(' · '))}</p>` : '') +
    `<h3>Status ${esc(model.asOf.replace(/^As of/, 'on'))}</h3>${current}` +
    `<h3>Memberships since 1991</h3>${chartSvg(page)}${membershipTable(page.history)}` +
    `<h3>Foreign bases in ${esc(page.name)}</h3>${basesTable(page.basesHosted, `No foreign base or facility on its soil in the atlas on this date.`)}` +
    (page.basesAbroad.length ? `<h3>Bases of ${esc(page.name)} abroad</h3>${basesTable(page.basesAbroad, '')}` : '') +
    `<h3>Top trade partners</h3>${tradeTable(page)}` +
    tradeChartFigureHtml(page.tradeChart) +
    `<h3>Recent events (${BRIEFING_EVENT_YEARS} years up to the date)</h3>${page.events.length ? eventList(page.events) : '<p class="muted">None in the atlas for this period.</p>'}` +
    (page.exerciseCount > 0 ? `<h3>Military exercises (${page.exerciseCount} in the period; latest ${page.exercises.length})</h3>${eventList(page.exercises)}` : '') +
    `</section>`
  );
}

function changesHtml(model: BriefingModel): string {
  const head = `<h2>Changes from ${esc(formatPartialDate(model.compare))} to ${esc(formatPartialDate(model.day))}</h2>`;
  const intro = `<p class="muted">Every change of status in ${esc(model.orgs.join(', '))} after ${esc(formatPartialDate(model.compare))} up to and including ${esc(formatPartialDate(model.day))}: ${model.changes.length} change${model.changes.length === 1 ? '' : 's'}.</p>`;
  if (model.changes.length === 0) return `<section class="page changes">${head}${intro}<p>No changes of status between these dates.</p></section>`;
  const word = { joined: 'joined', left: 'left', changed: 'changed status' } as const;
  const rows = model.changes
    .map((c) => `<tr data-state="${c.state}" data-org="${c.org}" data-change="${c.kind}"><td class="nowrap">${esc(formatPartialDate(c.date))}</td><td>${esc(c.stateName)}</td><td>${esc(c.body)}</td><td>${word[c.kind]}: ${esc(c.before ?? 'no status')} → ${esc(c.after ?? 'no status')}${refs(c.refs)}</td></tr>`)
    .join('');
  return `<section class="page changes">${head}${intro}<table class="changes"><thead><tr><th>Date</th><th>State</th><th>Body</th><th>Change</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function sourcesHtml(model: BriefingModel): string {
  const items = model.sources
    .map(({ n, id, source: s, supports }) => {
      if (!s) return `<li value="${n}" data-source="${esc(id)}">${esc(id)} (not in the atlas's source list)</li>`;
      return (
        `<li value="${n}" data-source="${esc(id)}"><strong>${esc(s.title)}</strong>. ${esc(s.publisher)}, ${esc(sourceDateText(s))}. ` +
        `<span class="muted">${esc(s.kind)}${s.note ? `; ${esc(s.note)}` : ''}</span>` +
        (s.url ? `<div class="url">${esc(s.url)}</div>` : '') +
        `<div class="supports">Cited for: ${esc(supports.join('; '))}</div></li>`
      );
    })
    .join('');
  return `<section class="sources"><h2>Sources</h2><p class="muted">Every source cited in this briefing, numbered as cited.</p><ol class="sources">${items}</ol></section>`;
}

export interface BriefingHtmlInput {
  model: BriefingModel;
  size: SizePresetId;
  /** The cover map, an <svg> element sized to briefingPage(size).coverMap. */
  coverMapSvg: string;
  /** Stylesheet with the @font-face rules, relative to the document (the app's fonts.css). */
  fontsHref: string;
  /** Keys for the bases and events drawn on the cover map. */
  overlayLegend?: readonly LegendOverlaySection[];
  /** Profile pages of the shown organisations (the export's orgPages option), after the changes. */
  orgPages?: readonly OrgPanelModel[];
  /** Which borders the maps draw (the export's footer line); default: Crimea shown as Ukrainian. */
  bordersNote?: string;
}

/** One organisation's profile page: members on the date, statuses and weight over time, summits. */
function orgPageHtml(p: OrgPanelModel): string {
  const figure = (c: { title: string; description: string; svg: string }): string =>
    `<h3>${esc(c.title)}</h3><figure class="org-chart" role="img" aria-label="${esc(c.description)}">${c.svg}</figure>`;
  const members = p.members.length
    ? `<ul class="current">${p.members.map((m) => `<li data-state="${esc(m.iso3)}"><span class="key" style="background:${statusColour(p.org, m.status)}"></span><span><strong>${esc(m.name)}</strong>: ${esc(STATUS_LABELS[m.status])} since ${esc(m.since)}</span></li>`).join('')}</ul>`
    : '<p class="muted">No state held a status on this date.</p>';
  return (
    `<section class="page org" data-org="${esc(p.org)}">` +
    `<h2>${esc(p.body ?? p.title)} <span class="code">${esc(p.title)}</span></h2>` +
    `<p class="other-names">${esc(p.body === null ? `${p.title} not yet founded · ${p.asOf}` : p.asOf)}</p>` +
    `<h3>Members and other statuses (${p.members.length})</h3>${members}` +
    figure(p.counts) +
    (p.weight ? figure(p.weight) : '') +
    `<h3>Summits (latest ${Math.min(ORG_PAGE_SUMMITS, p.summits.length)} of ${p.summits.length})</h3>` +
    (p.summits.length ? `<ul class="events">${p.summits.slice(0, ORG_PAGE_SUMMITS).map((s) => `<li>${esc(s.date)} — ${esc(s.title)}</li>`).join('')}</ul>` : '<p class="muted">None in the atlas up to this date.</p>') +
    `<p class="muted">${esc(p.sourceLine)}</p>` +
    `</section>`
  );
}

/** Summits listed on an organisation page. */
const ORG_PAGE_SUMMITS = 10;

export function briefingHtml(input: BriefingHtmlInput): string {
  const { model } = input;
  const page = briefingPage(input.size);
  const [top, right, bottom, left] = BRIEFING_MARGINS_MM;
  const stamp = `${model.asOf}`;
  const dataLine = `Data as of ${model.dataAsOf} (${model.dataTitle})`;
  const css = `
@page { size: ${page.cssSize}; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm;
  @top-left { content: ${cssString(model.title)}; font: 600 8pt 'Noto Sans', sans-serif; color: #4a5560; }
  @top-right { content: ${cssString(stamp)}; font: 700 8.5pt 'Noto Sans', sans-serif; color: #1d232a; }
  @bottom-left { content: ${cssString(`${dataLine} · Borders: Natural Earth`)}; font: 7.5pt 'Noto Sans', sans-serif; color: #4a5560; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Noto Sans', sans-serif; color: #1d232a; }
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: 'Noto Sans', sans-serif; font-size: 9.5pt; line-height: 1.4; color: #1d232a; }
h1 { font-size: 22pt; margin: 0 0 2mm; line-height: 1.15; }
h2 { font-size: 15pt; margin: 0 0 3mm; }
h2 .code { font-size: 10pt; color: #4a5560; font-weight: 400; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
.page { break-after: page; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 8pt; color: #4a5560; margin: 0 0 2mm; }
.subtitle { font-size: 12pt; margin: 0 0 2mm; color: #4a5560; }
.as-of-big { font-size: 12pt; font-weight: 700; margin: 0 0 3mm; }
.cover-map { margin: 0; }
.cover-map svg { display: block; width: 100%; height: auto; }
.legend { display: flex; flex-wrap: wrap; gap: 3mm 8mm; margin-top: 3mm; font-size: 9pt; }
.legend h3 { margin: 0 0 1mm; }
.legend ul, ul.current { list-style: none; margin: 0; padding: 0; }
.legend li, ul.current li { display: flex; align-items: center; gap: 2mm; margin: 0.6mm 0; }
.legend-as-of { font-weight: 600; margin: 1mm 0 0; }
.key { display: inline-block; width: 3.2mm; height: 3.2mm; border: 0.2mm solid #8f8b83; flex: none; }
.key.marker { width: 2.4mm; height: 2.4mm; border-radius: 50%; border: 0.35mm solid; box-shadow: 0 0 0 0.15mm #8f8b83; }
.key.org { width: 2.4mm; height: 2.4mm; border-radius: 0.5mm; }
.key.hatched { background-image: repeating-linear-gradient(135deg, rgba(40,40,40,0.75) 0 0.3mm, transparent 0.3mm 1.2mm); }
.badge-note { margin: 0 0 1mm; }
.badge-dots { display: inline-flex; flex: none; }
.badge-dot { display: inline-block; width: 2.6mm; height: 2.6mm; border-radius: 50%; border: 0.45mm solid; margin-right: 0.6mm; flex: none; }
.cover-note, .contents { font-size: 8.5pt; color: #4a5560; margin: 2mm 0 0; }
.other-names { color: #4a5560; margin: -2mm 0 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 1mm 0 2mm; }
th { text-align: left; font-weight: 600; border-bottom: 0.3mm solid #1d232a; padding: 0.8mm 1.5mm; }
td { border-bottom: 0.15mm solid #d9d4ca; padding: 0.8mm 1.5mm; vertical-align: top; }
tr { break-inside: avoid; }
tr.current td { font-weight: 600; }
td.num, th.num { text-align: right; }
.nowrap { white-space: nowrap; }
.muted { color: #4a5560; }
.small { font-size: 7.5pt; }
.badge { font-size: 7pt; border: 0.2mm solid #b9b3a8; border-radius: 1mm; padding: 0 1mm; color: #4a5560; white-space: nowrap; }
.cite { font-size: 6.5pt; color: #0b5cad; margin-left: 0.5mm; }
.chart { display: block; max-width: 100%; height: auto; margin: 1mm 0 2mm; }
ul.events { list-style: none; padding: 0; margin: 0; }
ul.events li { margin: 0 0 1.6mm; break-inside: avoid; }
ul.events .when { font-weight: 600; }
ul.events .summary { color: #333; }
ul.events .attendance-absent { background: #fff1d6; color: #7a4a00; border: 1px solid #d9a441; }
ol.sources { padding-left: 9mm; font-size: 8pt; }
ol.sources li { margin: 0 0 1.4mm; break-inside: avoid; }
ol.sources .url { color: #0b5cad; word-break: break-all; }
ol.sources .supports { color: #4a5560; }
`;
  const orgPages = input.orgPages ?? [];
  const contents = [`Changes since ${formatPartialDate(model.compare)}`, ...orgPages.map((p) => p.body ?? p.title), ...model.states.map((s) => s.name), 'Sources'].join(' · ');
  const cover =
    `<section class="page cover">` +
    `<p class="kicker">Briefing · Eurasian Alliances Atlas</p>` +
    `<h1>${esc(model.title)}</h1>` +
    (model.subtitle ? `<p class="subtitle">${esc(model.subtitle)}</p>` : '') +
    `<p class="as-of-big">${esc(model.asOf)} · ${esc(model.orgs.join(', '))}</p>` +
    `<figure class="cover-map">${input.coverMapSvg}</figure>` +
    legendHtml(model, input.overlayLegend ?? []) +
    `<p class="cover-note">The statuses on the map rest on the sources ${ranges(model.coverRefs)} listed at the end. ${esc(dataLine)}. ${esc(input.bordersNote ?? 'Borders: Natural Earth, with Crimea shown as Ukrainian (UN GA resolution 68/262); hatched: disputed, occupied or breakaway areas.')}</p>` +
    `<p class="contents">In this briefing: ${esc(contents)}.</p>` +
    `</section>`;
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}"><title>${esc(model.title)} — ${esc(model.asOf)}</title>` +
    `<link rel="stylesheet" href="${esc(input.fontsHref)}"><style>${css}</style></head>\n<body data-day="${model.day}">\n` +
    cover + changesHtml(model) + orgPages.map(orgPageHtml).join('') + model.states.map((s) => statePageHtml(s, model)).join('') + sourcesHtml(model) +
    `\n</body></html>\n`
  );
}
