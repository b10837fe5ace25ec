/**
 * PNG reading for the export tests: pixels through pngjs, the metadata chunks (tEXt, iTXt, pHYs…)
 * by walking the chunk list, and pixel comparison through pixelmatch.
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, row-major. */
  pixels: Uint8Array;
  chunks: { type: string; data: Buffer }[];
}

/** Every chunk of a PNG, in file order, up to IEND. */
function pngChunks(png: Buffer): { type: string; data: Buffer }[] {
  const chunks: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset + 8 <= png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    chunks.push({ type, data: png.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

export function decodePng(png: Buffer): DecodedPng {
  if (png.length < 8 || png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.length), chunks: pngChunks(png) };
}

/**
 * How many pixels of two same-sized images differ visibly (pixelmatch's perceptual colour
 * distance above `threshold`, 0–1), anti-aliased edge pixels not counted.
 */
export function differingPixels(a: DecodedPng, b: DecodedPng, threshold = 0.1): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  return pixelmatch(a.pixels, b.pixels, undefined, a.width, a.height, { threshold });
}

/** The colour at a pixel as #rrggbb. */
export function colourAt(png: DecodedPng, x: number, y: number): string {
  const o = (Math.round(y) * png.width + Math.round(x)) * 4;
  return `#${[png.pixels[o]!, png.pixels[o + 1]!, png.pixels[o + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The most frequent colour in a square around a pixel (robust against a label or a border line). */
export function dominantColourNear(png: DecodedPng, x: number, y: number, radius = 4): string {
  const counts = new Map<string, number>();
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const c = colourAt(png, x + dx, y + dy);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
}
