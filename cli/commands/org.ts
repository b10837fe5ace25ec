/** `org`: an organisation's members at the end of a year and their combined population and GDP. */
import { sumOf, WEIGHT_SOURCES, type WeightData } from '../../geodata/src/weight-queries.js';
import type { Citation } from '../../geodata/src/schema.js';
import { UsageError, type AtlasDataCommand } from './command.js';
import { orgOf, stringOption, yearOf } from './arguments.js';
import { citedSources, sourcesCell, table } from './format.js';

const FIRST_YEAR = 1991;

const pct = (x: number | null): string => (x === null ? 'no data' : `${(x * 100).toFixed(1)}%`);
const big = (x: number | null, unit: string): string =>
  x === null ? 'no data' : x >= 1e12 ? `${(x / 1e12).toFixed(2)} trillion ${unit}` : x >= 1e9 ? `${(x / 1e9).toFixed(2)} billion ${unit}` : `${(x / 1e6).toFixed(1)} million ${unit}`;

export function orgCommand(weight: () => WeightData): AtlasDataCommand {
  return {
    name: 'org',
    usage: 'atlas-data org --org <ORG> --year <YYYY> [--json|--csv]',
    summary:
      "The organisation's full members on 31 December of the year (today, for the current year) and their combined population and GDP (current US$) with their share of the world's — World Bank figures; members without a figure are named, never counted as zero.",
    options: { org: { type: 'string' }, year: { type: 'string' } },
    run(values, { queries, today }) {
      const org = orgOf(stringOption(values, 'org'));
      const year = yearOf('--year', stringOption(values, 'year'), FIRST_YEAR, Number(today.slice(0, 4)));
      const day = `${year}-12-31` > today ? today : `${year}-12-31`;
      const answers = queries.membershipsOn(org, day).filter((a) => a.status === 'member');
      const body = queries.bodiesOn(org, day).map((b) => b.name).join(' / ');
      if (!body) throw new UsageError(`${org} did not exist on ${day}`);
      const members = answers.map((a) => a.state).sort();
      const data = weight();
      const population = sumOf(data, 'population', members, year);
      const gdp = sumOf(data, 'gdp', members, year);
      const citations: Citation[] = [
        ...answers.flatMap((a) => a.fact.sources),
        { source: WEIGHT_SOURCES.population, supports: `population ${year}` },
        { source: WEIGHT_SOURCES.gdp, supports: `GDP ${year}, current US$` },
      ];
      const seen = new Set<string>();
      const sources = citedSources(queries, citations.filter((c) => !seen.has(c.source) && seen.add(c.source)));
      const notes = [
        ...(population.year === null ? [`no World Bank population figures for ${year} (the series ends ${data.indicators.population.lastYear})`] : []),
        ...(gdp.year === null ? [`no World Bank GDP figures for ${year} (the series ends ${data.indicators.gdp.lastYear})`] : []),
        ...(population.year !== null && population.missing.length ? [`population leaves out members without a figure: ${population.missing.join(', ')}`] : []),
        ...(gdp.year !== null && gdp.missing.length ? [`GDP leaves out members without a figure: ${gdp.missing.join(', ')}`] : []),
      ];
      const json = {
        org,
        body,
        year,
        asOf: day,
        members,
        population: population.total,
        populationShare: population.share,
        gdp: gdp.total,
        gdpShare: gdp.share,
        notes,
        sources,
      };
      const rows = [
        ['MEASURE', 'MEMBERS', 'SHARE OF WORLD'],
        ['population', big(population.total, 'people'), pct(population.share)],
        ['GDP', big(gdp.total, 'US$'), pct(gdp.share)],
      ];
      return {
        json,
        text: `${body}, ${year} (members on ${day}): ${members.length} — ${members.join(' ')}\n${table(rows)}${notes.map((n) => `Note: ${n}\n`).join('')}Sources: World Bank, World Development Indicators (SP.POP.TOTL, NY.GDP.MKTP.CD)\n`,
        csv: {
          header: ['org', 'body', 'year', 'as_of', 'members', 'population', 'population_share', 'gdp', 'gdp_share', 'notes', 'sources'],
          rows: [[org, body, year, day, members.join(' '), population.total, population.share, gdp.total, gdp.share, notes.join('; '), sourcesCell(sources)]],
        },
      };
    },
  };
}
