/**
 * The accessible table view: one row per state with a status in a shown organisation on the
 * shown day, one cell per organisation holding the status word.
 */
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import type { OrgId, Status } from '../../geodata/src/schema.js';
import { h } from '../dom/dom.js';

export interface TableRow {
  iso3: string;
  name: string;
  statuses: Partial<Record<OrgId, Status>>;
}

export function tableRows(queries: AtlasQueries, orgs: readonly OrgId[], day: IsoDay): TableRow[] {
  const table = queries.statusesOn(orgs, day);
  return [...table.entries()]
    .map(([iso3, statuses]) => ({ iso3, name: queries.statesByIso.get(iso3)?.name ?? iso3, statuses }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function renderTable(container: HTMLElement, rows: TableRow[], orgs: readonly OrgId[], day: IsoDay, onSelect: (iso3: string) => void): void {
  const caption = `Status of states in ${orgs.join(', ')} as of ${formatPartialDate(day)} (${rows.length} states)`;
  container.replaceChildren(
    h('table', { id: 'status-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'State'), ...orgs.map((o) => h('th', { scope: 'col', 'data-org': o }, o)))),
      h('tbody', {}, ...rows.map((row) =>
        h('tr', { 'data-state': row.iso3 },
          h('th', { scope: 'row' }, h('button', { type: 'button', className: 'linklike', onclick: () => onSelect(row.iso3) }, row.name)),
          ...orgs.map((o) => h('td', { 'data-org': o }, row.statuses[o] ?? 'none')),
        ),
      )),
    ),
  );
}
