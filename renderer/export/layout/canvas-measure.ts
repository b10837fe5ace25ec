/** MeasureText backed by a 2D canvas and the page's loaded Noto Sans faces. */
import { EXPORT_FONT_FAMILY, type FontSpec, type MeasureText } from './text-measure.js';

export function canvasFont(font: FontSpec): string {
  return `${font.weight} ${font.size}px ${EXPORT_FONT_FAMILY.replace('Noto Sans', '"Noto Sans"')}`;
}

export function canvasMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('This browser gives no 2D canvas, which the export needs to measure text');
  return (text, font) => {
    ctx.font = canvasFont(font);
    return ctx.measureText(text).width + (font.letterSpacing ?? 0) * font.size * text.length;
  };
}

/** Waits until the faces the export draws with are loaded (canvas text does not wait by itself). */
export async function loadExportFonts(): Promise<void> {
  await Promise.all([400, 600, 700].map((w) => document.fonts.load(`${w} 16px "Noto Sans"`, 'AaЖ')));
}
