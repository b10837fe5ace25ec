import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS } from '../../state/app-state.js';
import { exportFocus, exportFrame } from './export-frame.js';
import { defaultTitle, asOfText } from './page-texts.js';
import { suggestedFileName } from './suggested-file-name.js';

function createMap(west: number, south: number, east: number, north: number) {
  return { getBounds: () => ({ getWest: () => west, getSouth: () => south, getEast: () => east, getNorth: () => north }) } as never;
}

describe('exportFrame', () => {
  it('exports the default frame when the view was never moved, whatever the window showed', () => {
    expect(exportFrame({ camera: null }, createMap(0, 0, 10, 10))).toEqual(DEFAULT_BOUNDS);
  });

  it('frames the states the map is about when the view was never moved, and the view itself once it was', () => {
    const about: [[number, number], [number, number]] = [[20, 0], [180, 80]];
    const focus = { type: 'MultiPoint' as const, coordinates: [[20, 0], [180, 80]] };
    expect(exportFrame({ camera: null }, createMap(0, 0, 10, 10), about)).toEqual(about);
    expect(exportFocus({ camera: null }, createMap(0, 0, 10, 10), focus)).toBe(focus);
    expect(exportFrame({ camera: { zoom: 3, lat: 48, lng: 70 } }, createMap(40, 30, 100, 60), about)).toEqual([[40, 30], [100, 60]]);
    expect(exportFocus({ camera: { zoom: 3, lat: 48, lng: 70 } }, createMap(40, 30, 100, 60), focus)).toBeNull();
  });

  it('exports what the live map shows once the user has moved it, kept inside the Mercator world', () => {
    expect(exportFrame({ camera: { zoom: 3, lat: 48, lng: 70 } }, createMap(40, 30, 100, 60))).toEqual([[40, 30], [100, 60]]);
    expect(exportFrame({ camera: { zoom: 0.5, lat: 0, lng: 0 } }, createMap(-200, -89, 200, 89))).toEqual([[-180, -85], [180, 85]]);
  });
});

describe('page words and file names', () => {
  it('titles the page after the shown organisations', () => {
    expect(defaultTitle(['SCO'], 'status')).toBe('SCO membership');
    expect(defaultTitle(['SCO', 'CSTO', 'EAEU'], 'status')).toBe('SCO, CSTO and EAEU membership');
    expect(defaultTitle(['SCO', 'CSTO'], 'count')).toBe('Full memberships in the SCO and CSTO');
    expect(asOfText('2016-06-30')).toBe('As of 30 June 2016');
  });

  it('names files by what, when and which organisations', () => {
    expect(suggestedFileName('png', '2024-12-31', ['SCO', 'CSTO'])).toBe('atlas-2024-12-31-sco-csto.png');
    expect(suggestedFileName('pdf', '2024-12-31', ['CIS'])).toBe('briefing-2024-12-31-cis.pdf');
  });
});
