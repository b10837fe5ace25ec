/**
 * `lens`: every reporter's share of its goods trade with one partner (or China minus Russia) in a
 * year — the trade lens the map colours by, from the same query (geodata/src/trade-lens.ts):
 * null is "no data", never 0; the year shown, the basis and every mark come with each row.
 */
import type { TradeFile } from '../../geodata/src/schema.js';
import { CHINA_VS_RUSSIA, LENS_CHOICES, MAX_FALLBACK_YEARS, chinaVsRussia, chinaVsRussiaOrderUnknown, tradeLensFor, type LensChoice } from '../../geodata/src/trade-lens.js';
import { atLeastText } from '../../geodata/src/trade-queries.js';
import { UsageError, type AtlasDataCommand } from './command.js';
import { stringOption, yearOf } from './arguments.js';
import { citedSources, sourcesCell, table } from './format.js';

const FIRST_YEAR = 1992;
const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '' : `${(x * 100).toFixed(1)}%`);

export function lensCommand(load: (iso3: string) => TradeFile | null): AtlasDataCommand {
  return {
    name: 'lens',
    usage: `atlas-data lens --partner <${LENS_CHOICES.join('|')}> --year <YYYY> [--json|--csv]`,
    summary:
      "Each reporter's share of its goods trade with the partner in the year (the EU: its members on 31 December), as the trade query gives it: no share where the query gives none (never 0), the year shown, the basis, and estimated / partner-reported marks; CHN-RUS gives China's share minus Russia's.",
    options: { partner: { type: 'string' }, year: { type: 'string' } },
    run(values, { queries, today }) {
      const raw = (stringOption(values, 'partner') ?? '').toUpperCase();
      if (!(LENS_CHOICES as readonly string[]).includes(raw)) throw new UsageError(`--partner "${raw}" is not one of ${LENS_CHOICES.join(', ')}`);
      const partner = raw as LensChoice;
      const year = yearOf('--year', stringOption(values, 'year'), FIRST_YEAR, Number(today.slice(0, 4)));
      const eu = (y: number): ReadonlySet<string> => new Set(queries.membershipsOn('EU', `${y}-12-31`).filter((a) => a.status === 'member').map((a) => a.state));
      const rows = queries.data.states
        .map((s) => ({ state: s, file: load(s.iso3) }))
        .filter((r): r is { state: (typeof r)['state']; file: TradeFile } => r.file !== null)
        .map(({ state, file }) => {
          const answer = tradeLensFor(file, year, eu);
          const used = file.years.find((y) => y.year === answer.year);
          const sources = citedSources(queries, used?.sources ?? []);
          if (partner === CHINA_VS_RUSSIA) {
            const d = chinaVsRussia(answer);
            return { state: state.iso3, name: state.name, year: answer.year, basis: answer.basis, chinaShare: answer.cells.CHN?.share ?? null, russiaShare: answer.cells.RUS?.share ?? null, difference: d?.diff ?? null, ...(d?.atLeast ? { atLeast: true } : {}), ...(chinaVsRussiaOrderUnknown(answer) ? { reason: 'which is larger is not known: a lower bound is the smaller share' } : {}), sources };
          }
          if (answer.year === null) return { state: state.iso3, name: state.name, year: null, basis: null, share: null, reason: `no partner figures within ${MAX_FALLBACK_YEARS} years of ${year}`, sources };
          const cell = answer.cells[partner];
          return { state: state.iso3, name: state.name, year: answer.year, basis: answer.basis, share: cell?.share ?? null, ...(cell && cell.share === null ? { reason: cell.reason ?? 'no share' } : {}), ...(cell ? { ...cell, share: cell.share } : {}), sources };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      const value = (r: (typeof rows)[number]): number | null => ('difference' in r ? r.difference : r.share);
      // A bound reads "≥ 5.2%" (or "≤ −20.0%" when Russia is larger by at least 20 points); an unknown order says so.
      const valueText = (r: (typeof rows)[number]): string => {
        const v = value(r);
        if (v === null) return 'reason' in r && partner === CHINA_VS_RUSSIA && r.reason ? 'order unknown' : 'no data';
        if (!('atLeast' in r && r.atLeast)) return pct(v);
        return 'difference' in r && v < 0 ? `≤ ${pct(v)}` : atLeastText(pct(v), true);
      };
      const text = table([
        ['STATE', partner === CHINA_VS_RUSSIA ? 'CHN − RUS' : `SHARE ${partner}`, 'YEAR', 'BASIS'],
        ...rows.map((r) => [r.name, valueText(r), r.year === null ? '' : String(r.year), (r.basis ?? '').slice(0, 60)]),
      ]);
      return {
        json: { partner, year, rows },
        text,
        csv: {
          header: ['state', 'name', partner === CHINA_VS_RUSSIA ? 'china_minus_russia' : 'share', 'year_shown', 'basis', 'estimated', 'partner_reported', 'below', 'reason', 'sources'],
          rows: rows.map((r) => [r.state, r.name, value(r), r.year, r.basis, 'estimated' in r && r.estimated ? 'yes' : '', 'partnerReported' in r && r.partnerReported ? 'yes' : '', 'below' in r ? r.below : '', 'reason' in r ? r.reason : '', sourcesCell(r.sources)]),
        },
      };
    },
  };
}
