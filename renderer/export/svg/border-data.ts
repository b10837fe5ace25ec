/** The bundled border files the vector exports draw (derived from Natural Earth by build/derive/derive-borders.ts). */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export interface BorderData {
  countries: FeatureCollection<Polygon | MultiPolygon, { iso3: string; name: string }>;
  disputed: FeatureCollection<Polygon | MultiPolygon, { id: string; name: string; note: string; from: string | null; to: string | null; control?: string }>;
  /** `from`: the first day the unit is a state of its own (its label waits until then); `dated`: its label changes with sovereignty (history-labels). */
  labels: FeatureCollection<Point, { iso3: string; name: string; size: number; area: number; from?: string; dated?: boolean }>;
  /** The USSR's dated phases (the unions table's outline union), each with the republics inside it. */
  ussr: FeatureCollection<Polygon | MultiPolygon, { id: string; iso3: string; name: string; from: string | null; to: string | null; units: string[] }>;
  /** Historical states (geodata/unions.json) as dissolves of their units, each with its dates. */
  history: FeatureCollection<Polygon | MultiPolygon, { id: string; iso3: string; name: string; from: string | null; to: string | null; units: string[] }>;
  historyLabels: FeatureCollection<Point, { id: string; iso3: string; name: string; size: number; from: string | null; to: string | null }>;
}

export const BORDER_FILES = {
  countries: 'countries.geojson',
  disputed: 'disputed.geojson',
  labels: 'labels.geojson',
  ussr: 'ussr.geojson',
  history: 'history.geojson',
  historyLabels: 'history-labels.geojson',
} as const;

const cache = new Map<string, Promise<BorderData>>();

/** Fetches the border files once per geodata URL (same origin, never remote). */
export function loadBorderData(geodataUrl: string): Promise<BorderData> {
  let pending = cache.get(geodataUrl);
  if (!pending) {
    const get = async (file: string): Promise<unknown> => {
      const response = await fetch(`${geodataUrl}/borders/${file}`);
      if (!response.ok) throw new Error(`borders/${file}: HTTP ${response.status}`);
      return (await response.json()) as unknown;
    };
    pending = Promise.all(Object.values(BORDER_FILES).map(get)).then(
      (files) => Object.fromEntries(Object.keys(BORDER_FILES).map((key, i) => [key, files[i]])) as unknown as BorderData,
    );
    pending.catch(() => cache.delete(geodataUrl));
    cache.set(geodataUrl, pending);
  }
  return pending;
}
