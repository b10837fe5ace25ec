/**
 * Composes an exported PNG page on a 2D canvas at device resolution: white page, the rendered
 * map, title, "as of" stamp, subtitle, legend, overlay key and footer, all text drawn at the output's pixel
 * density (so it is as sharp as the DPI allows), then adds DPI and text metadata to the file.
 */
import { BASE_COLOURS } from '../../map/palette.js';
import type { ExportLayout, TextBox } from '../layout/export-layout.js';
import type { LegendLayout } from '../layout/legend-layout.js';
import type { PageGeometry } from '../layout/page-geometry.js';
import type { PageTexts } from '../svg/svg-document.js';
import { canvasFont } from '../layout/canvas-measure.js';
import type { Rect } from '../layout/export-layout.js';
import { LINE_HEIGHT, type PlacedLabel } from '../layout/place-labels.js';
import { LABEL_HALO_WIDTH, LEADER_COLOUR, LEADER_DOT_RADIUS, LEADER_WIDTH } from '../layout/state-label-style.js';
import { withPngMetadata } from './with-png-metadata.js';

const INK = '#1d232a';
const INK_SOFT = '#4a5560';
const HATCH_SPACING = 5;

export interface PngPage {
  page: PageGeometry;
  layout: ExportLayout;
  legend: LegendLayout;
  /** The key of bases and events, placed at layout.overlayKey. */
  overlayKey: LegendLayout | null;
  texts: PageTexts;
  map: HTMLCanvasElement;
  /** The map's place on the page in device pixels (the map canvas has exactly this size). */
  mapDevice: { x: number; y: number };
  /** Names set off with a leader line (pngLeaderLabels), in page units. */
  leaderLabels?: readonly PlacedLabel[];
}

function drawLeaderLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], clip: Rect): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(clip.x, clip.y, clip.width, clip.height);
  ctx.clip();
  ctx.strokeStyle = LEADER_COLOUR;
  ctx.fillStyle = LEADER_COLOUR;
  ctx.lineWidth = LEADER_WIDTH;
  for (const l of labels) {
    if (!l.leader) continue;
    ctx.beginPath();
    ctx.moveTo(l.leader.x1, l.leader.y1);
    ctx.lineTo(l.leader.x2, l.leader.y2);
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(l.leader.x1, l.leader.y1, LEADER_DOT_RADIUS, 0, 2 * Math.PI);
    ctx.fill();
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.lineJoin = 'round';
  for (const l of labels) {
    ctx.font = canvasFont(l.font);
    ctx.letterSpacing = `${((l.font.letterSpacing ?? 0) * l.font.size).toFixed(2)}px`;
    const lineHeight = l.font.size * LINE_HEIGHT;
    const first = l.y - ((l.lines.length - 1) * lineHeight) / 2 + l.font.size * 0.35;
    l.lines.forEach((line, i) => {
      ctx.strokeStyle = BASE_COLOURS.labelHalo;
      ctx.lineWidth = LABEL_HALO_WIDTH;
      ctx.strokeText(line, l.x, first + i * lineHeight);
      ctx.fillStyle = BASE_COLOURS.label;
      ctx.fillText(line, l.x, first + i * lineHeight);
    });
  }
  ctx.restore();
}

function drawText(ctx: CanvasRenderingContext2D, box: TextBox, text: string, colour = INK): void {
  ctx.font = canvasFont(box.font);
  ctx.fillStyle = colour;
  ctx.textAlign = box.align;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, box.x, box.y);
}

function hatch(ctx: CanvasRenderingContext2D, x: number, y: number, size: number, colour: string): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, size, size);
  ctx.clip();
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let d = -size; d < size * 2; d += HATCH_SPACING) {
    ctx.moveTo(x + d, y + size);
    ctx.lineTo(x + d + size, y);
  }
  ctx.stroke();
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, legend: LegendLayout, x: number, y: number, boxed: boolean): void {
  ctx.save();
  ctx.translate(x, y);
  if (boxed) {
    ctx.fillStyle = 'rgba(255,255,255,0.94)';
    ctx.strokeStyle = '#b9b3a8';
    ctx.lineWidth = 0.75;
    ctx.beginPath();
    ctx.roundRect(0, 0, legend.width, legend.height, 4);
    ctx.fill();
    ctx.stroke();
  }
  for (const row of legend.rows) {
    if (row.swatch?.kind === 'marker') {
      const s = row.swatch;
      ctx.beginPath();
      ctx.arc(s.x + s.size / 2, s.y + s.size / 2, s.size / 2, 0, 2 * Math.PI);
      ctx.fillStyle = s.colour;
      ctx.fill();
      ctx.strokeStyle = s.stroke ?? BASE_COLOURS.border;
      ctx.lineWidth = 1.3;
      ctx.stroke();
    } else if (row.swatch) {
      const s = row.swatch;
      ctx.fillStyle = s.colour;
      ctx.strokeStyle = BASE_COLOURS.border;
      ctx.lineWidth = 0.5;
      ctx.beginPath();
      ctx.roundRect(s.x, s.y, s.size, s.size, s.kind === 'org' ? 2 : 0);
      ctx.fill();
      ctx.stroke();
      if (s.hatched) hatch(ctx, s.x, s.y, s.size, row.status === 'disputed' ? 'rgba(70,70,70,0.7)' : 'rgba(40,40,40,0.8)');
    }
    for (const b of row.badges ?? []) {
      ctx.beginPath();
      ctx.arc(b.cx, b.cy, b.r, 0, 2 * Math.PI);
      ctx.fillStyle = b.fill;
      ctx.fill();
      ctx.strokeStyle = b.stroke;
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
    ctx.font = canvasFont(row.font);
    ctx.fillStyle = INK;
    ctx.textAlign = 'left';
    ctx.fillText(row.text, row.textX, row.baseline);
  }
  ctx.restore();
}

export function composePage(input: PngPage): HTMLCanvasElement {
  const { page, layout, legend, texts } = input;
  const canvas = document.createElement('canvas');
  canvas.width = page.widthPx;
  canvas.height = page.heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`The browser refused a ${page.widthPx} × ${page.heightPx} px canvas for the export`);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(input.map, input.mapDevice.x, input.mapDevice.y);
  ctx.save();
  ctx.scale(page.scale, page.scale);
  ctx.strokeStyle = '#9a958c';
  ctx.lineWidth = 0.75;
  ctx.strokeRect(input.mapDevice.x / page.scale, input.mapDevice.y / page.scale, input.map.width / page.scale, input.map.height / page.scale);
  if (input.leaderLabels && input.leaderLabels.length > 0) drawLeaderLabels(ctx, input.leaderLabels, layout.map);
  drawText(ctx, layout.title, texts.title);
  drawText(ctx, layout.asOf, texts.asOf);
  if (layout.subtitle) drawText(ctx, layout.subtitle, texts.subtitle, INK_SOFT);
  drawLegend(ctx, legend, layout.legend.x, layout.legend.y, layout.legendOnMap);
  if (input.overlayKey && layout.overlayKey) drawLegend(ctx, input.overlayKey, layout.overlayKey.x, layout.overlayKey.y, layout.legendOnMap);
  for (const line of layout.footerLines) drawText(ctx, line.box, line.text, INK_SOFT);
  drawText(ctx, layout.attribution, texts.attribution, INK_SOFT);
  ctx.restore();
  return canvas;
}

export async function encodePng(canvas: HTMLCanvasElement, dpi: number, texts: PageTexts): Promise<Uint8Array> {
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(`The browser could not encode the ${canvas.width} × ${canvas.height} px image as PNG`))), 'image/png'));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return withPngMetadata(bytes, {
    dpi,
    text: {
      Title: texts.title,
      Description: texts.description ?? `${texts.asOf}. ${texts.subtitle}`.trim(),
      Source: `${texts.footer[0]} ${texts.footer[1]}`,
      Software: texts.attribution,
    },
  });
}
