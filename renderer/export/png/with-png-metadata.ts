/**
 * Adds print metadata to a browser-encoded PNG: the resolution (pHYs, pixels per metre, so
 * layout programs place it at the right physical size) and UTF-8 text (iTXt: title, source,
 * copyright). Existing pHYs and same-keyword text chunks are replaced, nothing else changes.
 */
import { readPngChunks, writePng, type PngChunk } from './png-chunks.js';

const METRES_PER_INCH = 0.0254;

export interface PngMetadata {
  dpi: number;
  /** Keyword → text; keywords are Latin-1, 1–79 characters ("Title", "Source", "Copyright"). */
  text: Record<string, string>;
}

export function pixelsPerMetre(dpi: number): number {
  return Math.round(dpi / METRES_PER_INCH);
}

export function dpiFromPixelsPerMetre(ppm: number): number {
  return Math.round(ppm * METRES_PER_INCH);
}

function physChunk(dpi: number): PngChunk {
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  const ppm = pixelsPerMetre(dpi);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1; // unit: metre
  return { type: 'pHYs', data };
}

function itxtChunk(keyword: string, text: string): PngChunk {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || keyword.trim() !== keyword) throw new RangeError(`"${keyword}" is not a PNG text keyword`);
  const encoder = new TextEncoder();
  const key = encoder.encode(keyword);
  const body = encoder.encode(text);
  // keyword \0, compression flag 0, method 0, empty language tag \0, empty translated keyword \0, text
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  return { type: 'iTXt', data };
}

function textKeyword(chunk: PngChunk): string | null {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt') return null;
  const end = chunk.data.indexOf(0);
  return end < 0 ? null : String.fromCharCode(...chunk.data.subarray(0, end));
}

export function withPngMetadata(png: Uint8Array, metadata: PngMetadata): Uint8Array {
  const chunks = readPngChunks(png);
  if (chunks[0]?.type !== 'IHDR') throw new RangeError('PNG does not start with IHDR');
  const keywords = new Set(Object.keys(metadata.text));
  const kept = chunks.slice(1).filter((c) => c.type !== 'pHYs' && !keywords.has(textKeyword(c) ?? ''));
  const added = [physChunk(metadata.dpi), ...Object.entries(metadata.text).map(([k, v]) => itxtChunk(k, v))];
  return writePng([chunks[0], ...added, ...kept]);
}

/** The DPI recorded in a PNG's pHYs chunk, or null if it has none in metres. */
export function pngDpi(png: Uint8Array): { x: number; y: number } | null {
  const phys = readPngChunks(png).find((c) => c.type === 'pHYs');
  if (!phys || phys.data[8] !== 1) return null;
  const view = new DataView(phys.data.buffer, phys.data.byteOffset, phys.data.byteLength);
  return { x: dpiFromPixelsPerMetre(view.getUint32(0)), y: dpiFromPixelsPerMetre(view.getUint32(4)) };
}
