import { describe, expect, it } from 'vitest';
import { formatCoordinates, formatShare, formatUsdMillions } from './format-figures.js';

describe('formatUsdMillions', () => {
  it('writes billions with two decimals below ten, one above', () => {
    expect(formatUsdMillions(4713.2)).toBe('US$4.71 bn');
    expect(formatUsdMillions(23400)).toBe('US$23.4 bn');
    expect(formatUsdMillions(588_000)).toBe('US$588.0 bn');
  });

  it('writes millions below a billion, with at most one decimal', () => {
    expect(formatUsdMillions(812.5)).toBe('US$812.5 m');
    expect(formatUsdMillions(94)).toBe('US$94 m');
  });
});

describe('formatShare', () => {
  it('gives one decimal place', () => {
    expect(formatShare(0.2846)).toBe('28.5%');
  });

  it('never rounds a small partner down to 0.0%', () => {
    expect(formatShare(0.0004)).toBe('<0.1%');
    expect(formatShare(0)).toBe('0.0%');
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres and as many decimals as the precision supports', () => {
    expect(formatCoordinates(42.85306, 74.84639, 'site')).toBe('42.853° N, 74.846° E');
    expect(formatCoordinates(42.833, 73.85, 'town')).toBe('42.83° N, 73.85° E');
    expect(formatCoordinates(22.98333, -82.46306, 'region')).toBe('23.0° N, 82.5° W');
    expect(formatCoordinates(-8.5, 125.6, 'town')).toBe('8.50° S, 125.60° E');
  });
});
