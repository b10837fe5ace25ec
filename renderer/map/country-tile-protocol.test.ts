import { describe, expect, it } from 'vitest';
import { COUNTRY_TILE_TEMPLATE, loadCountryTile, parseTileUrl } from './country-tile-protocol.js';

const url = (z: number, x: number, y: number) => COUNTRY_TILE_TEMPLATE.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));

/** A fetch over a fake bundle, recording what was asked for. */
function fakeFetch(files: Record<string, Uint8Array<ArrayBuffer> | string>) {
  const asked: string[] = [];
  const impl = (async (input: string | URL | Request) => {
    const u = String(input);
    asked.push(u);
    const body = files[u];
    return body === undefined ? new Response("missing", { status: 404 }) : new Response(typeof body === "string" ? body : new Blob([body as Uint8Array<ArrayBuffer>]));
  }) as typeof fetch;
  return { impl, asked };
}

describe('country tile protocol', () => {
  it('reads z/x/y from its URLs only', () => {
    expect(parseTileUrl(url(4, 11, 5))).toBe('4/11/5');
    expect(parseTileUrl('https://example.org/tiles/4/11/5.pbf')).toBeNull();
    expect(parseTileUrl('atlas-tiles://countries/4/11/x')).toBeNull();
  });

  it('answers a listed tile from the bundle and an unlisted one as empty, without asking for it', async () => {
    const base = 'http://127.0.0.1:1/geodata-a';
    const { impl, asked } = fakeFetch({
      [`${base}/tiles/countries.json`]: JSON.stringify({ tiles: ['4/11/5'] }),
      [`${base}/tiles/countries/4/11/5.pbf`]: new Uint8Array([1, 2, 3]),
    });
    expect(new Uint8Array(await loadCountryTile(base, url(4, 11, 5), undefined, impl))).toEqual(new Uint8Array([1, 2, 3]));
    expect((await loadCountryTile(base, url(6, 2, 28), undefined, impl)).byteLength).toBe(0);
    // The index once, the one listed tile once; nothing for the sea.
    expect(asked).toEqual([`${base}/tiles/countries.json`, `${base}/tiles/countries/4/11/5.pbf`]);
  });

  it('fails with the file named when the index cannot be read', async () => {
    const { impl } = fakeFetch({});
    await expect(loadCountryTile('http://127.0.0.1:1/geodata-b', url(0, 0, 0), undefined, impl)).rejects.toThrow('tiles/countries.json: HTTP 404');
  });
});
