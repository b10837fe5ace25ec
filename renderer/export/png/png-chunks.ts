/**
 * Reading and writing PNG chunks (ISO/IEC 15948): length, type, data, CRC-32 over type+data.
 * Enough to add metadata to the PNG the browser encodes; pixel data is never touched.
 */
export interface PngChunk {
  type: string;
  data: Uint8Array;
}

export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return c;
}

export class PngFormatError extends Error {
  override name = 'PngFormatError';
}

export function readPngChunks(png: Uint8Array): PngChunk[] {
  if (png.length < 8 || !PNG_SIGNATURE.every((b, i) => png[i] === b)) throw new PngFormatError('not a PNG file (bad signature)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: PngChunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw new PngFormatError(`truncated chunk header at byte ${offset}`);
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (end > png.length) throw new PngFormatError(`chunk ${type} at byte ${offset} runs past the end of the file`);
    const data = png.subarray(offset + 8, offset + 8 + length);
    const stored = view.getUint32(offset + 8 + length);
    const actual = (crc32(data, crc32(png.subarray(offset + 4, offset + 8))) ^ 0xffffffff) >>> 0;
    if (stored !== actual) throw new PngFormatError(`chunk ${type} at byte ${offset} has a bad CRC`);
    chunks.push({ type, data });
    offset = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

export function writePng(chunks: readonly PngChunk[]): Uint8Array {
  const size = 8 + chunks.reduce((n, c) => n + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(PNG_SIGNATURE, 0);
  let offset = 8;
  for (const chunk of chunks) {
    if (!/^[A-Za-z]{4}$/.test(chunk.type)) throw new PngFormatError(`"${chunk.type}" is not a chunk type`);
    view.setUint32(offset, chunk.data.length);
    const type = new Uint8Array([...chunk.type].map((c) => c.charCodeAt(0)));
    out.set(type, offset + 4);
    out.set(chunk.data, offset + 8);
    view.setUint32(offset + 8 + chunk.data.length, (crc32(chunk.data, crc32(type)) ^ 0xffffffff) >>> 0);
    offset += 12 + chunk.data.length;
  }
  return out;
}
