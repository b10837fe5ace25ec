/** How the panel writes money, shares and coordinates: plain, consistent and honest about precision. */
import type { Base } from '../../geodata/src/schema.js';

const MILLIONS_PER_BILLION = 1000;

/** US$ millions -> "US$4.71 bn", "US$23.4 bn", "US$812.5 m". */
export function formatUsdMillions(millions: number): string {
  if (millions >= MILLIONS_PER_BILLION) {
    const bn = millions / MILLIONS_PER_BILLION;
    return `US$${bn.toLocaleString('en-GB', { maximumFractionDigits: bn >= 10 ? 1 : 2, minimumFractionDigits: bn >= 10 ? 1 : 2 })} bn`;
  }
  return `US$${millions.toLocaleString('en-GB', { maximumFractionDigits: 1 })} m`;
}

/** 0.2618 -> "26.2%"; below 0.1% -> "<0.1%". */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.001) return '<0.1%';
  return `${(share * 100).toFixed(1)}%`;
}

export const PRECISION_LABELS: Record<Base['precision'], string> = {
  site: 'exact site',
  town: 'town or city, not the site',
  region: 'approximate: region only',
};

/** Decimal places that honestly match each precision (site ~100 m, town ~1 km, region ~10 km). */
const PRECISION_DECIMALS: Record<Base['precision'], number> = { site: 3, town: 2, region: 1 };

/** 42.85306, 74.84639, 'site' -> "42.853° N, 74.846° E". */
export function formatCoordinates(lat: number, lon: number, precision: Base['precision']): string {
  const d = PRECISION_DECIMALS[precision];
  return `${Math.abs(lat).toFixed(d)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(d)}° ${lon >= 0 ? 'E' : 'W'}`;
}
