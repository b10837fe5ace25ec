import { describe, expect, it } from 'vitest';
import { compareDays } from './compare-days.js';
import { FLY_ZOOM_MAX, FLY_ZOOM_MIN, flyZoomForArea } from './fly-zoom-for-area.js';
import { isAutomation } from './mount-automation.js';
import { toggledOrgs } from './mount-org-picker.js';

describe('compareDays', () => {
  it('puts the earlier day first whichever is shown', () => {
    expect(compareDays({ day: '2016-12-31', compare: { day: '2001-12-31', input: '2001' } })).toEqual({ earlier: '2001-12-31', later: '2016-12-31' });
    expect(compareDays({ day: '2001-12-31', compare: { day: '2016-12-31', input: '2016' } })).toEqual({ earlier: '2001-12-31', later: '2016-12-31' });
  });
  it('is null without a comparison', () => {
    expect(compareDays({ day: '2016-12-31', compare: null })).toBeNull();
  });
});

describe('toggledOrgs', () => {
  it('adds an organisation in the canonical order and removes one', () => {
    expect(toggledOrgs(['CSTO'], 'SCO')).toEqual(['SCO', 'CSTO']);
    expect(toggledOrgs(['SCO', 'CSTO'], 'SCO')).toEqual(['CSTO']);
  });
  it('never switches off the last one shown', () => {
    expect(toggledOrgs(['SCO'], 'SCO')).toEqual(['SCO']);
  });
});

describe('flyZoomForArea', () => {
  it('fits a large state further out than a small one, within bounds', () => {
    expect(flyZoomForArea(17_000_000)).toBeCloseTo(2.0, 0);
    expect(flyZoomForArea(30_000)).toBeCloseTo(4.9, 1);
    expect(flyZoomForArea(1e9)).toBe(FLY_ZOOM_MIN);
    // Below 1,000 km² every state is treated alike, just inside the closest zoom.
    expect(flyZoomForArea(1)).toBe(flyZoomForArea(1000));
    expect(flyZoomForArea(1)).toBeLessThanOrEqual(FLY_ZOOM_MAX);
  });
});

describe('isAutomation', () => {
  it('asks for the test hooks only with automation=1', () => {
    expect(isAutomation('?automation=1')).toBe(true);
    expect(isAutomation('')).toBe(false);
    expect(isAutomation('?automation=0')).toBe(false);
    expect(isAutomation('?x=1&automation=1')).toBe(true);
  });
});
