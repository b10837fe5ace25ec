/** Hatch images for suspended statuses and disputed areas, drawn in code (nothing fetched). */
import type { Map as MapLibreMap } from 'maplibre-gl';

const PATTERN_SIZE = 8;

function hatch(colour: string, background: string | null, lineWidth: number): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = PATTERN_SIZE;
  canvas.height = PATTERN_SIZE;
  // A software canvas: the image is read back at once, and a GPU-backed one (the default) costs a
  // context set-up and a read-back of 150–300 ms at start under SwiftShader (npm run bench).
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, PATTERN_SIZE, PATTERN_SIZE);
  }
  ctx.strokeStyle = colour;
  ctx.lineWidth = lineWidth;
  ctx.beginPath();
  // Diagonal lines that tile seamlessly.
  for (const offset of [-PATTERN_SIZE, 0, PATTERN_SIZE]) {
    ctx.moveTo(offset, PATTERN_SIZE);
    ctx.lineTo(offset + PATTERN_SIZE, 0);
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, PATTERN_SIZE, PATTERN_SIZE);
}

export function addHatchPatterns(map: MapLibreMap): void {
  if (!map.hasImage('hatch-suspended')) map.addImage('hatch-suspended', hatch('rgba(40,40,40,0.75)', null, 1.4));
  if (!map.hasImage('hatch-disputed')) map.addImage('hatch-disputed', hatch('rgba(70,70,70,0.55)', null, 1));
}
