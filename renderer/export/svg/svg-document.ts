/**
 * A complete SVG page: title, "as of" stamp, subtitle, the vector map, the legend and the
 * footer with sources and attribution, all as real text in Noto Sans (no <foreignObject>, no
 * embedded images), sized in millimetres so it opens at paper size in Inkscape or Illustrator.
 */
import type { LegendModel } from '../../panels/legend.js';
import { BASE_COLOURS, ORG_COLOURS } from '../../map/palette.js';
import { escapeXml } from './escape-xml.js';
import { exportLayout, type ExportLayout, type Rect, type TextBox } from '../layout/export-layout.js';
import { legendLayout, overlayKeyLayout, type LegendLayout } from '../layout/legend-layout.js';
import { coverageShapes, mapCoverage } from '../layout/map-coverage.js';
import type { SizePresetId } from '../layout/size-presets.js';
import { pageGeometry, pageSizeMm } from '../layout/page-geometry.js';
import type { ExportOverlays } from '../export-overlays.js';
import { svgMapLayer, type SvgMapInput } from './svg-map-layer.js';
import { FOCUS_PADDING, frameOutline, vectorProjection } from './vector-projection.js';
import { geoPath } from 'd3-geo';
import { EXPORT_FONT_FAMILY } from '../layout/text-measure.js';

export interface PageTexts {
  title: string;
  subtitle: string;
  asOf: string;
  /** Two footer lines: sources, then borders and notes. */
  footer: [string, string];
  attribution: string;
  /** What the map shows, in words (describeMap): the SVG's <desc>, the PNG's Description, the PDF figure's alt text. */
  description?: string;
}

export interface SvgDocumentInput extends Omit<SvgMapInput, 'rect'> {
  size: SizePresetId;
  texts: PageTexts;
  legend: LegendModel;
  /** Bases and events drawn on the map and keyed in the legend. */
  overlays?: ExportOverlays;
}

const INK = '#1d232a';
const INK_SOFT = '#4a5560';

function text(box: TextBox, content: string, extra = ''): string {
  const anchor = box.align === 'right' ? ' text-anchor="end"' : '';
  return `<text x="${box.x.toFixed(1)}" y="${box.y.toFixed(1)}" font-size="${box.font.size}" font-weight="${box.font.weight}"${anchor}${extra}>${escapeXml(content)}</text>`;
}

/** One footer part as one <text>, a <tspan> per wrapped line (the whole part stays one element for readers and editors). */
function footerText(lines: ExportLayout['footerLines'], part: 0 | 1, extra: string): string {
  const own = lines.filter((l) => l.part === part);
  if (own.length === 0) return '';
  const first = own[0]!.box;
  const spans = own.map((l, i) => `<tspan x="${l.box.x.toFixed(1)}" y="${l.box.y.toFixed(1)}">${escapeXml(i < own.length - 1 ? `${l.text} ` : l.text)}</tspan>`).join('');
  return `<text font-size="${first.font.size}" font-weight="${first.font.weight}"${extra}>${spans}</text>`;
}

export function svgLegend(legend: LegendLayout, x: number, y: number, onMap: boolean, prefix = '', id = 'legend', label = 'Legend'): string {
  const rows = legend.rows.map((r) => {
    const parts: string[] = [];
    if (r.swatch?.kind === 'marker') {
      const s = r.swatch;
      parts.push(`<circle cx="${(s.x + s.size / 2).toFixed(1)}" cy="${(s.y + s.size / 2).toFixed(1)}" r="${(s.size / 2).toFixed(1)}" fill="${s.colour}" stroke="${s.stroke ?? BASE_COLOURS.border}" stroke-width="1.3"/>`);
    } else if (r.swatch) {
      const s = r.swatch;
      const radius = s.kind === 'org' ? 2 : 0;
      parts.push(`<rect x="${s.x.toFixed(1)}" y="${s.y.toFixed(1)}" width="${s.size}" height="${s.size}" rx="${radius}" fill="${s.colour}" stroke="${BASE_COLOURS.border}" stroke-width="0.5"/>`);
      if (s.hatched) parts.push(`<rect x="${s.x.toFixed(1)}" y="${s.y.toFixed(1)}" width="${s.size}" height="${s.size}" fill="url(#${prefix}hatch-${r.status === 'disputed' ? 'disputed' : 'suspended'})"/>`);
    }
    for (const b of r.badges ?? []) parts.push(`<circle cx="${b.cx.toFixed(1)}" cy="${b.cy.toFixed(1)}" r="${b.r}" fill="${b.fill}" stroke="${b.stroke}" stroke-width="1.5"/>`);
    const attrs = `${r.status ? ` data-status="${escapeXml(r.status)}"` : ''}${r.org ? ` data-org="${r.org}"` : ''}${r.overlay ? ` data-overlay="${r.overlay}"` : ''}${r.group ? ` data-group="${escapeXml(r.group)}"` : ''}`;
    parts.push(`<text x="${r.textX.toFixed(1)}" y="${r.baseline.toFixed(1)}" font-size="${r.font.size}" font-weight="${r.font.weight}"${r.kind === 'body' && r.org ? ` data-body="${r.org}"` : ''}>${escapeXml(r.text)}</text>`);
    return `<g data-legend-row="${r.kind}"${attrs}>${parts.join('')}</g>`;
  });
  const box = onMap
    ? `<rect width="${legend.width}" height="${legend.height}" rx="4" fill="#ffffff" fill-opacity="0.94" stroke="#b9b3a8" stroke-width="0.75"/>`
    : '';
  return `<g id="${prefix}${id}" inkscape:groupmode="layer" inkscape:label="${label}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)})" fill="${INK}">${box}${rows.join('')}</g>`;
}

/** The page layout of an SVG export, its boxes placed against the vector map's coverage. */
export function svgPageLayout(input: SvgDocumentInput): { layout: ExportLayout; legend: LegendLayout; overlayKey: LegendLayout | null } {
  const page = pageGeometry(input.size, 96);
  const legend = legendLayout(input.legend, input.measure);
  const overlayKey = overlayKeyLayout(input.overlays?.legend ?? [], input.measure);
  const shapes = coverageShapes(input.borders.countries, input.statuses, input.orgs);
  const coverage = (rect: Rect) => {
    const projection = vectorProjection(input.projection, input.frame, rect, 0, input.focus ?? null);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(input.focus ?? frameOutline(input.frame));
    const pad = input.focus ? FOCUS_PADDING : 0;
    const used = { x: x0 - pad, y: y0 - pad, width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad };
    return { grid: mapCoverage(projection, rect, shapes, input.overlays?.markers ?? []), scale: projection.scale(), used };
  };
  const layout = exportLayout(
    { width: page.width, height: page.height, title: input.texts.title, asOf: input.texts.asOf, subtitle: input.texts.subtitle, legend, overlayKey, attribution: input.texts.attribution, footerTexts: input.texts.footer, coverage },
    input.measure,
  );
  return { layout, legend, overlayKey };
}

export function svgDocument(input: SvgDocumentInput): string {
  const page = pageGeometry(input.size, 96);
  const { widthMm, heightMm } = pageSizeMm(input.size);
  const { layout, legend, overlayKey } = svgPageLayout(input);
  const markers = input.overlays?.markers ?? [];
  const boxes = [layout.legend, ...(layout.overlayKey ? [layout.overlayKey] : [])];
  const map = svgMapLayer({ ...input, rect: layout.map, avoid: layout.legendOnMap ? boxes : [], markers });
  const w = page.width.toFixed(2);
  const h = page.height.toFixed(2);
  const orgSwatches = input.orgs.map((o) => `${o} ${ORG_COLOURS[o]}`).join(', ');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" ` +
    `width="${widthMm.toFixed(1)}mm" height="${heightMm.toFixed(1)}mm" viewBox="0 0 ${w} ${h}" font-family="${EXPORT_FONT_FAMILY}" data-day="${input.day}" data-orgs="${input.orgs.join(',')}" data-projection="${input.projection}">\n` +
    `<title>${escapeXml(input.texts.title)}</title>\n` +
    `<desc>${escapeXml(input.texts.description ?? `${input.texts.asOf}. ${input.texts.footer[0]} ${input.texts.footer[1]} Organisation hues: ${orgSwatches}.`)}</desc>\n` +
    `<defs>${map.defs}</defs>\n` +
    `<rect id="page" width="${w}" height="${h}" fill="#ffffff"/>\n` +
    `${map.body}\n` +
    `${svgLegend(legend, layout.legend.x, layout.legend.y, layout.legendOnMap)}\n` +
    (overlayKey && layout.overlayKey ? `${svgLegend(overlayKey, layout.overlayKey.x, layout.overlayKey.y, layout.legendOnMap, '', 'overlay-key', 'Overlay key')}\n` : '') +
    `<g id="texts" inkscape:groupmode="layer" inkscape:label="Title and sources" fill="${INK}">` +
    text(layout.title, input.texts.title, ' id="title"') +
    text(layout.asOf, input.texts.asOf, ' id="as-of"') +
    (layout.subtitle ? text(layout.subtitle, input.texts.subtitle, ` id="subtitle" fill="${INK_SOFT}"`) : '') +
    footerText(layout.footerLines, 0, ` id="source-line" fill="${INK_SOFT}"`) +
    footerText(layout.footerLines, 1, ` id="notes-line" fill="${INK_SOFT}"`) +
    text(layout.attribution, input.texts.attribution, ` id="attribution" fill="${INK_SOFT}"`) +
    `</g>\n</svg>\n`
  );
}
