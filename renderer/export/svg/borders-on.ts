/**
 * The border data as it stood on a day: historical states (Czechoslovakia in 1992, …) replace
 * their units among the states, units' labels wait until they are states of their own, and
 * labels that follow sovereignty (Hong Kong, Macao) take the day's name. The vector exports draw
 * what the live map draws (HistoryLayer), from the same derived files.
 */
import type { IsoDay } from '../../../geodata/src/partial-date.js';
import type { BorderData } from './border-data.js';
import { activeOnDay } from '../../../geodata/src/unions.js';


export function bordersOn(borders: BorderData, day: IsoDay): BorderData {
  const history = (borders.history?.features ?? []).filter((f) => activeOnDay(f.properties, day));
  const inside = new Set(history.flatMap((f) => f.properties.units));
  const historyLabels = (borders.historyLabels?.features ?? []).filter((f) => activeOnDay(f.properties, day));
  return {
    ...borders,
    countries: {
      ...borders.countries,
      features: [
        ...borders.countries.features.filter((f) => !inside.has(f.properties.iso3)),
        ...history.map((f) => ({ ...f, properties: { iso3: f.properties.iso3, name: f.properties.name } })),
      ],
    },
    labels: {
      ...borders.labels,
      features: [
        ...borders.labels.features.filter((f) => !f.properties.dated && (f.properties.from === undefined || f.properties.from <= day) && !(inside.has(f.properties.iso3) && !history.some((h) => h.properties.iso3 === f.properties.iso3))),
        ...historyLabels.map((f) => ({ ...f, properties: { iso3: f.properties.iso3, name: f.properties.name, size: f.properties.size, area: Number.MAX_SAFE_INTEGER } })),
      ],
    },
  };
}
