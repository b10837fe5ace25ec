import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, PngFormatError, readPngChunks, writePng } from './png-chunks.js';
import { dpiFromPixelsPerMetre, pixelsPerMetre, pngDpi, withPngMetadata } from './with-png-metadata.js';

/** A 2 × 1 RGBA PNG built by hand: IHDR, one IDAT, IEND. */
function createPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, 2);
  view.setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = new Uint8Array([0, 255, 0, 0, 255, 0, 0, 255, 255]);
  return writePng([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: new Uint8Array(deflateSync(raw)) },
    { type: 'IEND', data: new Uint8Array() },
  ]);
}

describe('PNG chunks', () => {
  it('computes the standard CRC-32 ("123456789" → CBF43926)', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(((crc32(bytes) ^ 0xffffffff) >>> 0).toString(16)).toBe('cbf43926');
  });

  it('reads back what it writes', () => {
    expect(readPngChunks(createPng()).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('rejects a file that is not a PNG and a chunk with a damaged CRC', () => {
    expect(() => readPngChunks(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(PngFormatError);
    const damaged = createPng();
    damaged[8 + 8 + 4] = (damaged[8 + 8 + 4]! + 1) & 0xff;
    expect(() => readPngChunks(damaged)).toThrow('bad CRC');
  });
});

describe('withPngMetadata', () => {
  it('writes the DPI as pixels per metre (300 DPI = 11811 px/m) right after IHDR', () => {
    const png = withPngMetadata(createPng(), { dpi: 300, text: {} });
    const chunks = readPngChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const phys = new DataView(chunks[1]!.data.buffer, chunks[1]!.data.byteOffset, 9);
    expect([phys.getUint32(0), phys.getUint32(4), phys.getUint8(8)]).toEqual([11811, 11811, 1]);
    expect(pngDpi(png)).toEqual({ x: 300, y: 300 });
  });

  it('round-trips every DPI from 96 to 300 through pixels per metre', () => {
    for (let dpi = 96; dpi <= 300; dpi++) expect(dpiFromPixelsPerMetre(pixelsPerMetre(dpi))).toBe(dpi);
  });

  it('replaces an earlier pHYs and same-keyword text instead of adding a second one', () => {
    const once = withPngMetadata(createPng(), { dpi: 96, text: { Title: 'Old' } });
    const twice = withPngMetadata(once, { dpi: 150, text: { Title: 'Новый заголовок' } });
    const chunks = readPngChunks(twice);
    expect(chunks.filter((c) => c.type === 'pHYs')).toHaveLength(1);
    const texts = chunks.filter((c) => c.type === 'iTXt').map((c) => new TextDecoder().decode(c.data));
    expect(texts).toEqual(['Title\0\0\0\0\0Новый заголовок']);
    expect(pngDpi(twice)).toEqual({ x: 150, y: 150 });
  });

  it('refuses a keyword PNG does not allow', () => {
    expect(() => withPngMetadata(createPng(), { dpi: 96, text: { ' Title': 'x' } })).toThrow('keyword');
  });
});
