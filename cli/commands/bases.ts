/** `bases`: the military bases and deployments present on a day, optionally by host or operator. */
import { BASES_SCOPE, basesOn } from '../../geodata/src/base-queries.js';
import { formatPartialDate } from '../../geodata/src/partial-date.js';
import type { AtlasDataCommand } from './command.js';
import { dayOf, stateOf, stringOption } from './arguments.js';
import { citedSources, sourcesCell, table } from './format.js';

export const basesCommand: AtlasDataCommand = {
  name: 'bases',
  usage: 'atlas-data bases --date <YYYY|YYYY-MM-DD> [--host <ISO3>] [--operator <ISO3>] [--json|--csv]',
  summary: `The bases present on the day (half-open intervals: a base is gone on the day it closed). Scope: ${BASES_SCOPE}`,
  options: { date: { type: 'string' }, host: { type: 'string' }, operator: { type: 'string' } },
  run(values, { queries, today }) {
    const day = dayOf('--date', stringOption(values, 'date'), today);
    const host = stateOf('--host', stringOption(values, 'host'), queries, false);
    const operator = stateOf('--operator', stringOption(values, 'operator'), queries, false);
    const bases = basesOn(queries.data.bases, day).filter((b) => (host === undefined || b.host === host) && (operator === undefined || b.operator === operator));
    const json = bases.map((b) => ({
      id: b.id,
      name: b.name,
      operator: b.operator,
      host: b.host,
      type: b.type,
      from: b.from,
      to: b.to,
      lat: b.lat,
      lon: b.lon,
      precision: b.precision,
      confidence: b.confidence,
      ...(b.place !== undefined ? { place: b.place } : {}),
      ...(b.note !== undefined ? { note: b.note } : {}),
      sources: citedSources(queries, b.sources),
    }));
    const filter = [host && `in ${queries.statesByIso.get(host)?.name ?? host}`, operator && `run by ${queries.statesByIso.get(operator)?.name ?? operator}`].filter(Boolean).join(', ');
    const rows = [['OPERATOR', 'HOST', 'NAME', 'TYPE', 'FROM', 'TO', 'CONFIDENCE'], ...bases.map((b) => [b.operator, b.host, b.name, b.type, b.from, b.to ?? '(present)', b.confidence])];
    const head = `Bases${filter ? ` ${filter}` : ''} on ${formatPartialDate(day)}: ${bases.length}${bases.length === 0 ? ' (none known)' : ''}\nScope: ${BASES_SCOPE}\n`;
    return {
      json,
      text: bases.length === 0 ? head : head + table(rows),
      csv: {
        header: ['id', 'name', 'operator', 'host', 'type', 'from', 'to', 'lat', 'lon', 'precision', 'confidence', 'place', 'note', 'sources'],
        rows: json.map((b) => [b.id, b.name, b.operator, b.host, b.type, b.from, b.to, b.lat, b.lon, b.precision, b.confidence, b.place, b.note, sourcesCell(b.sources)]),
      },
    };
  },
};
