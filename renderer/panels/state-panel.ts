/**
 * The panel for a selected state (minimal for now): its name, its status on the day, its full
 * membership history in every organisation, disagreements between sources, and the sources.
 */
import type { AtlasQueries, MembershipAnswer } from '../../geodata/src/queries.js';
import { formatPartialDate, holdsOn, type IsoDay } from '../../geodata/src/partial-date.js';
import type { Citation } from '../../geodata/src/schema.js';
import { STATUS_LABELS } from '../map/palette.js';
import { h } from './dom.js';

export interface PanelContext {
  queries: AtlasQueries;
  iso3: string;
  day: IsoDay;
  openSource: (sourceId: string) => void;
  close: () => void;
}

function interval(a: MembershipAnswer): string {
  return `${formatPartialDate(a.since)} – ${a.until ? formatPartialDate(a.until) : 'today'}`;
}

export function renderStatePanel(container: HTMLElement, ctx: PanelContext): void {
  const { queries, iso3, day } = ctx;
  const state = queries.statesByIso.get(iso3);
  const history = queries.historyOf(iso3);
  const cited = new Map<string, Citation[]>();
  const cite = (citations: readonly Citation[]): HTMLElement => {
    const marks = citations.map((c) => {
      if (!cited.has(c.source)) cited.set(c.source, []);
      cited.get(c.source)!.push(c);
      return `[${[...cited.keys()].indexOf(c.source) + 1}]`;
    });
    return h('sup', { className: 'cite' }, marks.join(''));
  };
  const current = history.filter((a) => holdsOn({ from: a.since, to: a.until }, day));
  const rows = history.map((a) =>
    h('tr', { 'data-org': a.org, 'data-status': a.status },
      h('td', {}, a.org),
      h('td', {}, `${STATUS_LABELS[a.status]}`, h('div', { className: 'muted' }, a.body.name)),
      h('td', {}, interval(a), cite(a.fact.sources)),
    ),
  );
  const disagreements = history.flatMap((a) =>
    (a.fact.alternatives ?? []).map((alt) =>
      h('div', { className: 'disagreement', 'data-org': a.org },
        h('strong', {}, `Sources disagree (${a.org}): `),
        `the map shows "${a.status}"; other sources say "${alt.status}". ${alt.note}`,
        cite(alt.sources),
      ),
    ),
  );
  const sourceItems = [...cited.keys()].map((id) => {
    const s = queries.sourcesById.get(id);
    if (!s) return h('li', {}, id);
    return h('li', { 'data-source': id },
      s.url ? h('button', { type: 'button', className: 'link', onclick: () => ctx.openSource(id) }, s.title) : s.title,
      h('span', { className: 'muted' }, ` — ${s.publisher}, ${formatPartialDate(s.date)}${s.kind === 'secondary' ? ' (secondary source)' : ''}`),
    );
  });
  container.replaceChildren(
    h('button', { type: 'button', className: 'close', 'aria-label': 'Close panel', onclick: ctx.close }, '×'),
    h('h2', { id: 'panel-title' }, state?.name ?? iso3),
    h('div', { className: 'muted' }, [state?.nameLocal, state?.nameRu].filter(Boolean).join(' · ')),
    h('h3', {}, `On ${formatPartialDate(day)}`),
    current.length > 0
      ? h('ul', { id: 'panel-current' }, ...current.map((a) => h('li', { 'data-org': a.org }, `${a.body.name}: ${a.status} since ${formatPartialDate(a.since)}`)))
      : h('p', { className: 'muted' }, 'No status in the SCO, CSTO, EAEU or CIS on this date.'),
    h('h3', {}, 'Membership history'),
    history.length > 0
      ? h('table', { id: 'panel-history' }, h('thead', {}, h('tr', {}, h('th', {}, 'Org'), h('th', {}, 'Status'), h('th', {}, 'Dates'))), h('tbody', {}, ...rows))
      : h('p', { className: 'muted' }, 'Never held a status in these organisations.'),
    ...disagreements,
    h('h3', {}, 'Sources'),
    h('ol', { className: 'sources', id: 'panel-sources' }, ...sourceItems),
  );
}
