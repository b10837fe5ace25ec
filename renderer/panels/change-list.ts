/**
 * The change list of the compare view: who joined, left or changed status in each shown
 * organisation between two dates, with exact dates and sources — from the same query as the
 * CLI's `changes`.
 */
import { sourceDateText } from '../../geodata/src/source-date-text.js';
import { CHANGE_KINDS, type AtlasQueries, type ChangeKind, type ChangeRecord } from '../../geodata/src/queries.js';
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import type { OrgId } from '../../geodata/src/schema.js';
import { CHANGE_COLOURS } from '../map/palette.js';
import { h } from '../dom/dom.js';

export function changeList(queries: AtlasQueries, orgs: readonly OrgId[], a: IsoDay, b: IsoDay): ChangeRecord[] {
  const [from, to] = a <= b ? [a, b] : [b, a];
  return orgs.flatMap((org) => queries.changesBetween(org, from, to));
}

const KIND_LABEL: Record<ChangeKind, string> = { joined: 'joined', left: 'left', changed: 'changed status' };

export function renderChangeList(container: HTMLElement, queries: AtlasQueries, orgs: readonly OrgId[], a: IsoDay, b: IsoDay, openSource: (id: string) => void): void {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const changes = changeList(queries, orgs, a, b);
  const name = (iso3: string) => queries.statesByIso.get(iso3)?.name ?? iso3;
  const legend = h('ul', { className: 'change-legend' },
    ...CHANGE_KINDS.map((k) => h('li', {}, h('span', { className: 'key', style: `background:${CHANGE_COLOURS[k]}` }), KIND_LABEL[k])),
  );
  container.replaceChildren(
    h('h2', {}, `Changes ${formatPartialDate(from)} → ${formatPartialDate(to)}`),
    h('p', { className: 'muted' }, `${changes.length} change${changes.length === 1 ? '' : 's'} in ${orgs.join(', ')}. Left map: ${formatPartialDate(from)}; right map: ${formatPartialDate(to)}; lower map: what changed.`),
    legend,
    changes.length === 0
      ? h('p', {}, 'No changes of status between these dates.')
      : h('ol', { id: 'change-list', className: 'change-list' },
          ...changes.map((c) =>
            h('li', { 'data-state': c.state, 'data-org': c.org, 'data-change': c.kind, 'data-date': c.date },
              h('time', { datetime: c.date }, formatPartialDate(c.date)),
              ' ',
              h('strong', {}, name(c.state)),
              ` ${KIND_LABEL[c.kind]} in ${(c.bodyAfter ?? c.bodyBefore)?.short ?? c.org}: ${c.before ?? 'no status'} → ${c.after ?? 'no status'}`,
              ...c.sources.slice(0, 2).map((s) => {
                const src = queries.sourcesById.get(s.source);
                return h('div', { className: 'muted change-source' },
                  'Source: ',
                  src?.url ? h('button', { type: 'button', className: 'link', onclick: () => openSource(s.source) }, src.title) : (src?.title ?? s.source),
                  src ? ` — ${src.publisher}, ${sourceDateText(src)}` : '',
                );
              }),
            ),
          ),
        ),
  );
}
