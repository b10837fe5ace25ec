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

  it('frames the states the map is about when the view was never moved, or is an overview of them', () => {
    const about: [[number, number], [number, number]] = [[20, 0], [180, 80]];
    const focus = { type: 'MultiPoint' as const, coordinates: [[20, 0], [180, 80]] };
    expect(exportFrame({ camera: null }, createMap(0, 0, 10, 10), about)).toEqual(about);
    expect(exportFocus({ camera: null }, createMap(0, 0, 10, 10), about, focus)).toBe(focus);
    // The app's first view (Iberia to Kamchatka) or a wider one around them: still the states.
    expect(exportFrame({ camera: { zoom: 2.3, lat: 49, lng: 80 } }, createMap(-12, 9.25, 172, 71.6), about)).toEqual(about);
    expect(exportFocus({ camera: { zoom: 2.3, lat: 49, lng: 80 } }, createMap(-12, 9.25, 172, 71.6), about, focus)).toBe(focus);
    expect(exportFrame({ camera: { zoom: 1.5, lat: 45, lng: 80 } }, createMap(-30, -25, 180, 82), about)).toEqual(about);
  });

  it('exports a close-up the user zoomed to as shown, not the whole frame of the states', () => {
    const about: [[number, number], [number, number]] = [[20, 0], [180, 80]];
    const focus = { type: 'MultiPoint' as const, coordinates: [[20, 0], [180, 80]] };
    expect(exportFrame({ camera: { zoom: 5, lat: 41, lng: 45 } }, createMap(38, 36, 52, 45), about)).toEqual([[38, 36], [52, 45]]);
    expect(exportFocus({ camera: { zoom: 5, lat: 41, lng: 45 } }, createMap(38, 36, 52, 45), about, focus)).toBeNull();
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
