/**
 * Output sizes an export can take. Paper sizes are physical (ISO 216, millimetres) and become
 * pixels at the chosen DPI; the slide is a fixed pixel size whose DPI only tags the file.
 */
export type SizePresetId = 'slide' | 'a4-landscape' | 'a4-portrait' | 'a3-landscape' | 'a3-portrait';

export type SizePreset =
  | { id: SizePresetId; label: string; kind: 'pixels'; width: number; height: number }
  | { id: SizePresetId; label: string; kind: 'paper'; widthMm: number; heightMm: number };

export const SIZE_PRESETS: Record<SizePresetId, SizePreset> = {
  slide: { id: 'slide', label: 'Slide, 1920 × 1080 px', kind: 'pixels', width: 1920, height: 1080 },
  'a4-landscape': { id: 'a4-landscape', label: 'A4 landscape, 297 × 210 mm', kind: 'paper', widthMm: 297, heightMm: 210 },
  'a4-portrait': { id: 'a4-portrait', label: 'A4 portrait, 210 × 297 mm', kind: 'paper', widthMm: 210, heightMm: 297 },
  'a3-landscape': { id: 'a3-landscape', label: 'A3 landscape, 420 × 297 mm', kind: 'paper', widthMm: 420, heightMm: 297 },
  'a3-portrait': { id: 'a3-portrait', label: 'A3 portrait, 297 × 420 mm', kind: 'paper', widthMm: 297, heightMm: 420 },
};

export const SIZE_PRESET_IDS = Object.keys(SIZE_PRESETS) as SizePresetId[];

export function isSizePresetId(value: string): value is SizePresetId {
  return (SIZE_PRESET_IDS as string[]).includes(value);
}
