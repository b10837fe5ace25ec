/**
 * `trade`: a state's largest goods-trade partners in a year, from the same query as the panel
 * (tradeAnswerFor): labelled non-state rows, partner-reported and mirror figures, shares only where
 * the world total is on the same basis, and every gap or change of basis as a note. A year without
 * partner figures shows the nearest year that has them, and says so.
 */
import { atLeastText, estimateMark, tradeAnswerFor, type TradeAnswerPartner } from '../../geodata/src/trade-queries.js';
import type { TradeFile } from '../../geodata/src/schema.js';
import { UsageError, type AtlasDataCommand } from './command.js';
import { stateOf, stringOption, yearOf } from './arguments.js';
import { citedSourceText, citedSources, sourcesCell, table } from './format.js';

/** The first year the atlas's trade figures cover (IMF Direction of Trade Statistics extract). */
export const FIRST_TRADE_YEAR = 1992;

const musd = (v: number | undefined): string => (v === undefined ? '-' : v.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const pct = (v: number | undefined): string => (v === undefined ? '-' : `${(v * 100).toFixed(1)}%`);

function marks(p: TradeAnswerPartner, estimate: string): string {
  return [p.estimated ? estimate : '', p.lowerBound ? 'lower bound' : '', p.flag ? 'not a state' : '', p.partnerReported ? 'partner-reported' : '', p.mirror && !p.partnerReported ? 'see mirror' : '']
    .filter(Boolean)
    .join(', ');
}

/** `load` gives a reporter's trade file, or null when the atlas has none. */
export function tradeCommand(load: (iso3: string) => TradeFile | null): AtlasDataCommand {
  return {
    name: 'trade',
    usage: 'atlas-data trade --state <ISO3> --year <YYYY> [--json|--csv]',
    summary:
      "The state's largest goods-trade partners in the year (US$ millions): exports, imports, total and share of its trade with the world where the figures are on the same basis; rows that are not a state are labelled; partners' own reports are given beside missing or doubtful figures; notes say what the figures leave out. A year without partner figures shows the nearest year that has them.",
    options: { state: { type: 'string' }, year: { type: 'string' } },
    run(values, { queries, today }) {
      const state = stateOf('--state', stringOption(values, 'state'), queries, true)!;
      const year = yearOf('--year', stringOption(values, 'year'), FIRST_TRADE_YEAR, Number(today.slice(0, 4)));
      const file = load(state);
      const stateName = queries.statesByIso.get(state)?.name ?? state;
      const answer = file ? tradeAnswerFor(file, year, (code) => queries.statesByIso.get(code)?.name) : null;
      if (!answer) throw new UsageError(`the atlas holds no goods-trade figures reported by ${stateName} (${state})`);
      const sources = citedSources(queries, answer.sources);
      const partners = answer.partners.map((p) => ({
        rank: p.rank,
        partner: p.partner,
        name: p.name,
        ...(p.flag ? { flag: p.flag } : {}),
        ...(p.exports !== undefined ? { exports: p.exports } : {}),
        ...(p.imports !== undefined ? { imports: p.imports } : {}),
        total: p.total,
        ...(p.share !== undefined ? { share: Math.round(p.share * 10000) / 10000 } : {}),
        ...(p.estimated ? { estimated: true } : {}),
        ...(p.lowerBound ? { lowerBound: true } : {}),
        ...(p.basis !== undefined ? { basis: p.basis } : {}),
        ...(p.partnerReported ? { partnerReported: true } : {}),
        ...(p.mirror ? { mirror: p.mirror } : {}),
        ...(p.note !== undefined ? { note: p.note } : {}),
      }));
      const json = {
        reporter: answer.reporter,
        name: stateName,
        year: answer.year,
        requestedYear: answer.requestedYear,
        worldTotal: answer.worldTotal,
        basis: answer.basis,
        sharesOf: answer.sharesOf,
        partners,
        partnersShown: answer.partnersShown,
        notes: answer.notes,
        sources,
      };
      const estimate = estimateMark(answer).label;
      const rows = [
        ['#', 'PARTNER', 'NAME', 'EXPORTS', 'IMPORTS', 'TOTAL', 'SHARE', 'MARKS'],
        ...answer.partners.map((p) => [String(p.rank), p.partner, p.name, musd(p.exports), musd(p.imports), atLeastText(musd(p.total), p.lowerBound), p.share === undefined ? '-' : atLeastText(pct(p.share), p.lowerBound), marks(p, estimate)]),
      ];
      const rowNotes = answer.partners.flatMap((p) => [
        ...(p.mirror ? [`  ${p.name}: ${p.mirror.note}.`] : []),
        ...(p.note !== undefined && !p.partnerReported ? [`  ${p.name}: ${p.note}`] : []),
      ]);
      const text =
        `${stateName}: goods trade with its largest partners in ${answer.year} (US$ millions)\n` +
        `Total with the world: ${answer.worldTotal === null ? 'not reported' : musd(answer.worldTotal)}${answer.sharesOf === 'recorded trade' ? ' (recorded trade only)' : ''}\n` +
        `Basis: ${answer.basis}\n` +
        (answer.notes.length > 0 ? `Notes:\n${answer.notes.map((n) => `  ${n}`).join('\n')}\n` : '') +
        table(rows) +
        (rowNotes.length > 0 ? `Row notes:\n${rowNotes.join('\n')}\n` : '') +
        `Sources:\n${[...new Set(sources.map((s) => `  ${citedSourceText(s)}${s.url ? ` <${s.url}>` : ''}`))].join('\n')}\n`;
      return {
        json,
        text,
        csv: {
          header: ['reporter', 'year', 'rank', 'partner', 'name', 'exports', 'imports', 'total', 'share', 'estimated', 'lower_bound', 'basis', 'mirror_by', 'mirror_total', 'note', 'sources'],
          rows: partners.map((p) => [
            answer.reporter,
            answer.year,
            p.rank,
            p.partner,
            p.name,
            p.exports,
            p.imports,
            p.total,
            p.share,
            p.estimated === true,
            p.lowerBound === true,
            p.basis,
            p.mirror?.by,
            p.mirror?.total,
            [p.note, p.mirror?.note].filter(Boolean).join(' '),
            sourcesCell(sources),
          ]),
        },
      };
    },
  };
}
