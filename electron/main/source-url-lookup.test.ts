import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceUrlLookup } from './source-url-lookup.js';

const REAL_GEODATA = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'geodata', 'data');

let fixture: string | undefined;
afterEach(() => {
  if (fixture) rmSync(fixture, { recursive: true, force: true });
  fixture = undefined;
});

/** A minimal geodata folder: a manifest and the given sources files. */
function createGeodata(files: Record<string, unknown>): string {
  fixture = mkdtempSync(join(tmpdir(), 'atlas-geodata-'));
  const manifest = { info: 'info.json', states: 'states.json', memberships: [], sources: Object.keys(files), bases: [], events: [] };
  writeFileSync(join(fixture, 'manifest.json'), JSON.stringify(manifest));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return fixture;
}

const source = (id: string, url?: string) => ({ id, title: `Source ${id}`, publisher: 'Publisher', date: '2020', kind: 'news', ...(url ? { url } : {}) });

describe('sourceUrlLookup over the real geodata', () => {
  const lookup = sourceUrlLookup(REAL_GEODATA);

  it('finds the Natural Earth source the borders cite', () => {
    expect(lookup('gen-natural-earth')).toBe('https://www.naturalearthdata.com/downloads/50m-cultural-vectors/');
  });

  it('finds the UN General Assembly resolution on Crimea', () => {
    expect(lookup('gen-unga-68-262')).toBe('https://digitallibrary.un.org/record/767565');
  });

  it('finds sources in the other files of the manifest', () => {
    expect(lookup('ev-mme-v7')).toBe('https://github.com/meflynn/troopdata/blob/master/data-raw/mme_v7.csv');
  });

  it('answers undefined for an unknown id, including object-prototype names', () => {
    expect(lookup('no-such-source')).toBeUndefined();
    expect(lookup('constructor')).toBeUndefined();
    expect(lookup('__proto__')).toBeUndefined();
  });
});

describe('sourceUrlLookup', () => {
  it('keeps http and https URLs only', () => {
    const lookup = sourceUrlLookup(
      createGeodata({
        'sources/a.json': { sources: [source('web', 'https://example.org/a'), source('plain', 'http://example.org/b'), source('ftp', 'ftp://example.org/c'), source('js', 'javascript:alert(1)'), source('none')] },
      }),
    );
    expect(lookup('web')).toBe('https://example.org/a');
    expect(lookup('plain')).toBe('http://example.org/b');
    expect(lookup('ftp')).toBeUndefined();
    expect(lookup('js')).toBeUndefined();
    expect(lookup('none')).toBeUndefined();
  });

  it('names the file that is not valid JSON', () => {
    expect(() => sourceUrlLookup(createGeodata({ 'sources/broken.json': '{"sources": [' }))).toThrow(/^sources\/broken\.json: not valid JSON/);
  });

  it('names the file that does not match the schema', () => {
    expect(() => sourceUrlLookup(createGeodata({ 'sources/odd.json': { sources: [{ id: 'x' }] } }))).toThrow(/^sources\/odd\.json: sources\.0\./);
  });

  it('names a missing manifest and the folder it looked in', () => {
    fixture = mkdtempSync(join(tmpdir(), 'atlas-geodata-'));
    expect(() => sourceUrlLookup(fixture ?? '')).toThrow(`manifest.json: cannot be read from ${fixture}`);
  });
});
