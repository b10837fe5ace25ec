/** The zoom at which a state of `areaKm2` fits the map: ~17 million km² (Russia) at ~2, ~30,000 km² (Armenia) at ~4.9. */
export const FLY_ZOOM_MIN = 2;
export const FLY_ZOOM_MAX = 6.5;
/** States whose label carries no area are treated as this large. */
export const FLY_DEFAULT_AREA_KM2 = 100_000;

export function flyZoomForArea(areaKm2: number): number {
  return Math.max(FLY_ZOOM_MIN, Math.min(FLY_ZOOM_MAX, 9.6 - Math.log10(Math.max(areaKm2, 1000)) * 1.05));
}
