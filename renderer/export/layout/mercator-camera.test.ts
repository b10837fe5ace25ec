import { describe, expect, it } from 'vitest';
import { fitMercatorCamera, mercatorLngLat, mercatorPoint, worldSize } from './mercator-camera.js';

const LIMITS = { minZoom: 0.5, maxZoom: 8 };

describe('Web Mercator as MapLibre draws it', () => {
  it('puts 0°, 0° in the middle of a 512 px world at zoom 0', () => {
    expect(mercatorPoint(0, 0, 0)).toEqual({ x: 256, y: 256 });
    expect(worldSize(2)).toBe(2048);
  });

  it('inverts its own projection', () => {
    const p = mercatorPoint(71.43, 51.18, 3.4);
    const back = mercatorLngLat(p.x, p.y, 3.4);
    expect(back.lng).toBeCloseTo(71.43, 9);
    expect(back.lat).toBeCloseTo(51.18, 9);
  });
});

describe('fitMercatorCamera', () => {
  it('fits Iberia to Kamchatka into an A4 landscape map with the frame touching two sides', () => {
    const [w, h, pad] = [1066, 650, 8];
    const cam = fitMercatorCamera([[-12, 8], [172, 72]], w, h, pad, LIMITS);
    const a = mercatorPoint(-12, 72, cam.zoom);
    const b = mercatorPoint(172, 8, cam.zoom);
    const spanX = b.x - a.x;
    const spanY = b.y - a.y;
    expect(Math.max(spanX / (w - 2 * pad), spanY / (h - 2 * pad))).toBeCloseTo(1, 6);
  });

  it('keeps the view inside the world so MapLibre will not move it', () => {
    const [w, h] = [1000, 1400];
    const cam = fitMercatorCamera([[-12, 60], [172, 84]], w, h, 0, LIMITS);
    const c = mercatorPoint(cam.lng, cam.lat, cam.zoom);
    expect(c.y - h / 2).toBeGreaterThanOrEqual(0);
    expect(c.y + h / 2).toBeLessThanOrEqual(worldSize(cam.zoom));
    expect(worldSize(cam.zoom)).toBeGreaterThanOrEqual(w);
  });

  it('stays within the map zoom limits', () => {
    expect(fitMercatorCamera([[70, 40], [70.001, 40.001]], 800, 600, 0, LIMITS).zoom).toBe(8);
  });
});
