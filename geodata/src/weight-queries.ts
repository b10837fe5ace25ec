/**
 * An organisation's weight in the world: its members' combined population and GDP, and their share
 * of the world's, in a year (World Bank figures; members as of 31 December of that year). Pure
 * functions over geodata/data/weight/indicators.json.
 */
import { z } from 'zod';

export const FIRST_WEIGHT_YEAR = 1991;
export const WEIGHT_INDICATORS = ['population', 'gdp'] as const;
export type WeightIndicator = (typeof WEIGHT_INDICATORS)[number];

/** The source ids (in geodata/data/sources/general.json) each indicator cites. */
export const WEIGHT_SOURCES: Record<WeightIndicator, string> = { population: 'gen-worldbank-sp-pop-totl', gdp: 'gen-worldbank-ny-gdp-mktp-cd' };

const indicatorSchema = z
  .object({
    unit: z.string(),
    lastYear: z.number().int(),
    source: z.string(),
    /** One value per year from `firstYear` to `lastYear`; null where the World Bank has none. */
    values: z.record(z.string().regex(/^[A-Z]{3}$/), z.array(z.number().nonnegative().nullable())),
  })
  .strict();

export const weightDataSchema = z
  .object({
    generated: z.string(),
    firstYear: z.number().int(),
    world: z.string(),
    indicators: z.object({ population: indicatorSchema, gdp: indicatorSchema }).strict(),
  })
  .strict();
export type WeightData = z.infer<typeof weightDataSchema>;

export interface IndicatorSum {
  /** The members' combined figure (of the members with a figure), or null if none has one. */
  total: number | null;
  /** `total` as a fraction of the world's. */
  share: number | null;
  /** Members without a figure for the year: the total leaves them out, and says so. */
  missing: string[];
  /** The year the figure is for (the year asked, or null when after the series' last year). */
  year: number | null;
}

function valueOf(data: WeightData, indicator: WeightIndicator, iso3: string, year: number): number | null {
  const ind = data.indicators[indicator];
  if (year < data.firstYear || year > ind.lastYear) return null;
  return ind.values[iso3]?.[year - data.firstYear] ?? null;
}

/** The members' combined figure and share of the world's in the year. */
export function sumOf(data: WeightData, indicator: WeightIndicator, members: readonly string[], year: number): IndicatorSum {
  const ind = data.indicators[indicator];
  if (year < data.firstYear || year > ind.lastYear) return { total: null, share: null, missing: [...members], year: null };
  let total = 0;
  let counted = 0;
  const missing: string[] = [];
  for (const m of members) {
    const v = valueOf(data, indicator, m, year);
    if (v === null) missing.push(m);
    else {
      total += v;
      counted += 1;
    }
  }
  const world = valueOf(data, indicator, data.world, year);
  return { total: counted ? total : null, share: counted && world ? total / world : null, missing, year };
}
