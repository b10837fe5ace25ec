/** `states`: the states drawn on a day — historical states (Czechoslovakia, FR Yugoslavia, …) instead of their later units. */
import { activeOnDay, statesDrawnOn, type UnionsFile } from '../../geodata/src/unions.js';
import { formatPartialDate } from '../../geodata/src/partial-date.js';
import type { AtlasDataCommand } from './command.js';
import { dayOf, stringOption } from './arguments.js';
import { citedSources, sourcesCell, table } from './format.js';

export function statesCommand(unions: () => UnionsFile): AtlasDataCommand {
  return {
    name: 'states',
    usage: 'atlas-data states --date <YYYY|YYYY-MM-DD> [--json|--csv]',
    summary: 'The states drawn on the day: historical states (the USSR before 26 December 1991, Czechoslovakia, Yugoslavia and its successors, …) in place of the units they were made of, each with the sources of its dates.',
    options: { date: { type: 'string' } },
    run(values, { queries, today }) {
      const day = dayOf('--date', stringOption(values, 'date'), today);
      const table_ = unions();
      const units = queries.data.states.filter((s) => s.ne !== undefined).map((s) => s.iso3);
      const codes = statesDrawnOn(table_, units, day);
      const json = codes.map((iso3) => {
        const union = table_.unions.find((u) => u.code === iso3 && activeOnDay(u, day));
        return {
          iso3,
          name: union?.name ?? queries.statesByIso.get(iso3)?.name ?? iso3,
          ...(union ? { units: union.units, from: union.from, to: union.to, sources: citedSources(queries, union.sources) } : {}),
        };
      });
      const historical = json.filter((s) => s.units);
      return {
        json,
        text:
          `States drawn on ${formatPartialDate(day)}: ${codes.length}` +
          (historical.length ? `; historical: ${historical.map((s) => `${s.iso3} (${s.name}: ${s.units!.join(' ')})`).join(', ')}` : '') +
          '\n' +
          table([['STATE', 'NAME'], ...json.map((s) => [s.iso3, s.name])]),
        csv: { header: ['iso3', 'name', 'units', 'from', 'to', 'sources'], rows: json.map((s) => [s.iso3, s.name, s.units?.join(' '), s.from, s.to, s.sources ? sourcesCell(s.sources) : '']) },
      };
    },
  };
}

