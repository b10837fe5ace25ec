import { describe, expect, it } from 'vitest';
import { createBase, createEvent } from '../../geodata/src/test-factories.js';
import { EVENT_CATEGORY_COLOURS, EVENT_RING_COLOUR, operatorColour } from '../map/operator-colours.js';
import { defaultOverlayOptions } from '../map/overlay-features.js';
import { MME_SOURCE_ID } from '../../geodata/src/exercise-coverage.js';
import { BASE_RING_COLOUR, exportOverlays, overlaysShown, WEAK_BASE_OPACITY } from './export-overlays.js';

const bases = [
  createBase('manas', 'USA', 'KGZ', '2001-12', '2014-06-03', { lon: 74.48, lat: 43.06 }),
  createBase('kant', 'RUS', 'KGZ', '2003-10-23', null, { lon: 74.85, lat: 42.85 }),
  createBase('ayni', 'IND', 'TJK', '2002', null, { lon: 68.9, lat: 38.5, confidence: 'weak' }),
];
const events = [
  createEvent('summit-2009', '2009-06-15', ['RUS'], { place: { name: 'Yekaterinburg', lon: 60.6, lat: 56.8, precision: 'town' } }),
  createEvent('clash-2010', '2010-06-10', ['KGZ'], { type: 'clash', place: { name: 'Osh', lon: 72.8, lat: 40.5, precision: 'town' } }),
  createEvent('unplaced-2010', '2010-03-01', ['KGZ'], { type: 'treaty' }),
  createEvent('old-2001', '2001-06-15', ['CHN'], { place: { name: 'Shanghai', lon: 121.5, lat: 31.2, precision: 'town' } }),
];
const input = { bases, events, day: '2010-06-30', stateName: (iso3: string) => ({ USA: 'United States', RUS: 'Russia', IND: 'India' })[iso3] ?? iso3 } as const;

describe('exportOverlays', () => {
  it('draws the bases active on the day in their operator colour, weak ones paler, and keys them with counts', () => {
    const out = exportOverlays({ ...input, show: ['bases'] });
    expect(out.markers.map((m) => [m.id, m.fill, m.stroke, m.opacity]).sort()).toEqual([
      ['ayni', operatorColour('IND'), BASE_RING_COLOUR, WEAK_BASE_OPACITY],
      ['kant', operatorColour('RUS'), BASE_RING_COLOUR, 1],
      ['manas', operatorColour('USA'), BASE_RING_COLOUR, 1],
    ]);
    expect(out.legend).toHaveLength(1);
    expect(out.legend[0]).toMatchObject({ overlay: 'bases', heading: 'Military bases', note: 'Pale marker: weakly sourced.' });
    expect(out.legend[0]!.items.map((i) => i.label).sort()).toEqual(['India (1)', 'Russia (1)', 'United States (1)']);
  });

  it('leaves out a base closed before the day', () => {
    const out = exportOverlays({ ...input, day: '2015-01-01', show: ['bases'] });
    expect(out.markers.map((m) => m.id).sort()).toEqual(['ayni', 'kant']);
  });

  it('draws the placed events of the window up to the day, with a dark ring, and keys the period', () => {
    const out = exportOverlays({ ...input, show: ['events'], eventYears: 2 });
    expect(out.markers.map((m) => [m.id, m.fill, m.stroke])).toEqual([
      ['summit-2009', EVENT_CATEGORY_COLOURS.summit, EVENT_RING_COLOUR],
      ['clash-2010', EVENT_CATEGORY_COLOURS.conflict, EVENT_RING_COLOUR],
    ]);
    expect(out.legend[0]!.heading).toBe('Events, 30 June 2008 – 30 June 2010');
    expect(out.legend[0]!.items.map((i) => i.group)).toEqual(['summit', 'conflict']);
  });

  it('draws events under bases, as the live map does', () => {
    const out = exportOverlays({ ...input, show: ['bases', 'events'], eventYears: 2 });
    const kinds = out.markers.map((m) => m.kind);
    expect(kinds.lastIndexOf('event')).toBeLessThan(kinds.indexOf('base'));
    expect(kinds.filter((k) => k === 'base')).toHaveLength(3);
  });

  it('draws nothing and keys nothing when no overlay is asked for', () => {
    expect(exportOverlays({ ...input, show: [] })).toEqual({ markers: [], legend: [] });
  });

  it('says so when no base is active on the day', () => {
    const out = exportOverlays({ ...input, day: '1995-01-01', show: ['bases'] });
    expect(out.markers).toEqual([]);
    expect(out.legend[0]).toMatchObject({ items: [], note: 'No foreign bases recorded on this date.' });
  });

  it('follows the app’s toggles when the export leaves the choice open', () => {
    expect(overlaysShown(defaultOverlayOptions)).toEqual(['bases']);
    expect(overlaysShown({ ...defaultOverlayOptions, bases: false, events: true })).toEqual(['events']);
  });

  it('keys where the exercise records change source when the period reaches the curated years', () => {
    const mme = createEvent('mme-2010', '2010-05-01', ['RUS'], { type: 'exercise', sources: [{ source: MME_SOURCE_ID, supports: 'exercise' }], place: { name: 'Sea', lon: 30, lat: 40, precision: 'region' } });
    const curated = createEvent('curated-2012', '2012-05-01', ['RUS'], { type: 'exercise', place: { name: 'Sea', lon: 30, lat: 40, precision: 'region' } });
    const withMme = [...events, mme, curated];
    expect(exportOverlays({ ...input, events: withMme, show: ['events'], eventYears: 2 }).legend[0]!.note).toBeNull();
    const later = exportOverlays({ ...input, events: withMme, day: '2012-06-30', show: ['events'], eventYears: 2 });
    expect(later.legend[0]!.note).toBe('Exercises to 2010: MME v7 data; from 2011: main series only.');
  });
});
