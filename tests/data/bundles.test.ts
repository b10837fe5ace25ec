/**
 * The renderer reads the atlas in two bundles: what the first map needs, then the bases, events
 * and their sources. Built from the real data: the split loses nothing, and nothing shown at
 * start cites a source that only arrives later.
 */
import { describe, expect, it } from 'vitest';
import { atlasBundles } from '../../build/bundle/build-renderer.js';
import { readGeodata } from '../../geodata/node/read-geodata.js';
import { parseAtlasData, parseAtlasDetails, startManifest } from '../../geodata/src/atlas-data.js';
import { AtlasQueries } from '../../geodata/src/queries.js';
import { validateAtlas } from '../../geodata/src/validate-atlas.js';
import { ORG_IDS } from '../../geodata/src/schema.js';

const bundles = atlasBundles();
const { manifest, laterSources } = bundles.start;

describe('start and details bundles', () => {
  const start = parseAtlasData(startManifest(manifest, laterSources), bundles.start.files);

  it('start with the states, memberships and the sources they cite, and no bases or events', () => {
    expect(start.bases).toEqual([]);
    expect(start.events).toEqual([]);
    expect(start.memberships.map((m) => m.organization.id).sort()).toEqual([...ORG_IDS].sort());
    const ids = new Set(start.sources.map((s) => s.id));
    const cited = JSON.stringify(start.memberships).match(/"source":"[^"]+"/g)!.map((m) => m.slice(10, -1));
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('leave the bulk of the data (bases, events, their sources) to the details bundle', () => {
    expect(laterSources.length).toBeGreaterThan(0);
    expect(Object.keys(bundles.details.files)).toEqual(expect.arrayContaining([...manifest.bases, ...manifest.events, ...laterSources]));
    expect(JSON.stringify(bundles.start).length).toBeLessThan(JSON.stringify(bundles.details).length / 2);
  });

  it('together hold exactly what the data folder holds, and validate', () => {
    const atStart = new AtlasQueries(parseAtlasData(startManifest(manifest, laterSources), bundles.start.files));
    const queries = atStart.withDetails(parseAtlasDetails(manifest, bundles.details.files, laterSources));
    // The start queries are left as they were: nobody's arrays grow behind their back.
    expect(atStart.data.bases).toEqual([]);
    expect(atStart.sourcesById.size).toBe(atStart.data.sources.length);
    const full = readGeodata();
    const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
    expect(ids(queries.data.sources)).toEqual(ids(full.sources));
    expect(ids(queries.data.bases)).toEqual(ids(full.bases));
    expect(ids(queries.data.events)).toEqual(ids(full.events));
    expect(queries.sourcesById.size).toBe(full.sources.length);
    expect(validateAtlas(queries.data)).toEqual([]);
  });

  it('refuse details that would redefine a source already loaded', () => {
    const queries = new AtlasQueries(parseAtlasData(startManifest(manifest, laterSources), bundles.start.files));
    const again = start.sources[0]!;
    expect(() => queries.withDetails({ sources: [again], bases: [], events: [] })).toThrow(`Source ${again.id} is defined twice`);
  });
});
