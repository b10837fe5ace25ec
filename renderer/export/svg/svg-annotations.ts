/**
 * The user's annotations in the SVG export: labels as <text> with a halo, arrows as a line with a
 * filled head, projected with the export's own projection. Text is escaped, never markup.
 */
import type { GeoProjection } from 'd3-geo';
import type { Annotation } from '../../user-data/user-data-schema.js';
import { escapeXml } from './escape-xml.js';

/** Ink of annotations: near-black, distinct from every status colour. */
export const ANNOTATION_INK = '#1a1a1a';
const HEAD_LENGTH = 9;
const HEAD_HALF_WIDTH = 4.5;
const LABEL_SIZE = 11;

export function svgAnnotations(annotations: readonly Annotation[], projection: GeoProjection, fontFamily: string): string {
  const parts: string[] = [];
  for (const a of annotations) {
    const from = projection([a.lng, a.lat]);
    if (!from) continue;
    if (a.kind === 'label') {
      parts.push(`<text x="${from[0].toFixed(1)}" y="${from[1].toFixed(1)}" data-annotation="${escapeXml(a.id)}">${escapeXml(a.text)}</text>`);
      continue;
    }
    const to = projection([a.toLng, a.toLat]);
    if (!to) continue;
    const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
    const back = [to[0] - HEAD_LENGTH * Math.cos(angle), to[1] - HEAD_LENGTH * Math.sin(angle)];
    const left = [back[0]! + HEAD_HALF_WIDTH * Math.sin(angle), back[1]! - HEAD_HALF_WIDTH * Math.cos(angle)];
    const right = [back[0]! - HEAD_HALF_WIDTH * Math.sin(angle), back[1]! + HEAD_HALF_WIDTH * Math.cos(angle)];
    const pts = [to, left, right].map((p) => `${p[0]!.toFixed(1)},${p[1]!.toFixed(1)}`).join(' ');
    parts.push(
      `<g data-annotation="${escapeXml(a.id)}"><line x1="${from[0].toFixed(1)}" y1="${from[1].toFixed(1)}" x2="${back[0]!.toFixed(1)}" y2="${back[1]!.toFixed(1)}" stroke="${ANNOTATION_INK}" stroke-width="2" stroke-linecap="round"/>` +
        `<polygon points="${pts}" fill="${ANNOTATION_INK}"/>` +
        (a.text ? `<text x="${from[0].toFixed(1)}" y="${(from[1] - 6).toFixed(1)}">${escapeXml(a.text)}</text>` : '') +
        `</g>`,
    );
  }
  if (parts.length === 0) return '';
  return `<g id="annotations" inkscape:groupmode="layer" inkscape:label="Annotations" font-family="${fontFamily}" font-size="${LABEL_SIZE}" font-weight="600" text-anchor="middle" fill="${ANNOTATION_INK}" stroke-linejoin="round" paint-order="stroke" style="stroke:#ffffff;stroke-width:3px">${parts.join('')}</g>`;
}
