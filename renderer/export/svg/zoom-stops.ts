/** A value that follows the zoom by linear stops, as MapLibre's `interpolate` expression does. */
export function zoomStops(stops: readonly [number, number][], zoom: number): number {
  if (zoom <= stops[0]![0]) return stops[0]![1];
  for (let i = 1; i < stops.length; i++) {
    const [z0, s0] = stops[i - 1]!;
    const [z1, s1] = stops[i]!;
    if (zoom <= z1) return s0 + ((s1 - s0) * (zoom - z0)) / (z1 - z0);
  }
  return stops[stops.length - 1]![1];
}
