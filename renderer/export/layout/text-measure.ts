/** How layout code asks for the width of a line of text, so it stays testable without a DOM. */
export interface FontSpec {
  size: number;
  weight: 400 | 600 | 700;
  /** Extra space per character, in em. */
  letterSpacing?: number;
}

export type MeasureText = (text: string, font: FontSpec) => number;

/** CSS font shorthand for canvas and SVG, with the bundled face first. */
export const EXPORT_FONT_FAMILY = 'Noto Sans, sans-serif';

/**
 * A width estimate from average Noto Sans advance widths; used where no canvas is at hand
 * (unit tests, Node). Generous rather than tight so nothing computed from it overlaps.
 */
export function approximateMeasure(text: string, font: FontSpec): number {
  const perChar = font.weight >= 600 ? 0.6 : 0.56;
  return text.length * font.size * (perChar + (font.letterSpacing ?? 0));
}
