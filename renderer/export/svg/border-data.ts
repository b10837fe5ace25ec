/** The bundled border files the vector exports draw (derived from Natural Earth by build/derive/derive-borders.ts). */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export interface BorderData {
  countries: FeatureCollection<Polygon | MultiPolygon, { iso3: string; name: string }>;
  disputed: FeatureCollection<Polygon | MultiPolygon, { id: string; name: string; note: string; from: string | null; to: string | null }>;
  labels: FeatureCollection<Point, { iso3: string; name: string; size: number; area: number }>;
  ussr: FeatureCollection<Polygon | MultiPolygon, { iso3: string; name: string }>;
}

export const BORDER_FILES = { countries: 'countries.geojson', disputed: 'disputed.geojson', labels: 'labels.geojson', ussr: 'ussr.geojson' } as const;

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
    pending = Promise.all([get(BORDER_FILES.countries), get(BORDER_FILES.disputed), get(BORDER_FILES.labels), get(BORDER_FILES.ussr)]).then(
      ([countries, disputed, labels, ussr]) => ({ countries, disputed, labels, ussr }) as BorderData,
    );
    pending.catch(() => cache.delete(geodataUrl));
    cache.set(geodataUrl, pending);
  }
  return pending;
}
