/**
 * Memberships (the four core organisations and the five context ones): the state's status on the date, the 1991→today chart, the full history table and
 * any disagreement between sources (both claims shown, with which one the map uses).
 */
import { sourceDateText } from '../../geodata/src/source-date-text.js';
import type { AtlasQueries, MembershipAnswer } from '../../geodata/src/queries.js';
import { formatPartialDate, holdsOn, type IsoDay } from '../../geodata/src/partial-date.js';
import { STATUS_LABELS } from '../map/palette.js';
import type { CitationList } from './citation-list.js';
import { h } from '../dom/dom.js';
import { chartOrgs, membershipChart, membershipChartModel } from './membership-chart.js';
import { panelSection } from './panel-section.js';

export interface MembershipSectionInput {
  queries: AtlasQueries;
  iso3: string;
  day: IsoDay;
  /** Right end of the chart's axis. */
  today: IsoDay;
  cites: CitationList;
}

function interval(a: MembershipAnswer): string {
  return `${formatPartialDate(a.since)} – ${a.until ? formatPartialDate(a.until) : 'today'}`;
}

export function membershipSection({ queries, iso3, day, today, cites }: MembershipSectionInput): HTMLElement {
  const history = queries.historyOf(iso3);
  const current = history.filter((a) => holdsOn({ from: a.since, to: a.until }, day));
  const describeSources = (a: MembershipAnswer): string[] =>
    a.fact.sources.map((c) => {
      const s = queries.sourcesById.get(c.source);
      return `Source [${cites.numberOf(c.source)}]: ${s ? `${s.title} (${s.publisher}, ${sourceDateText(s)})` : c.source}`;
    });
  // Rows first, so their citations are numbered before the chart's tooltips refer to them.
  const rows = history.map((a) =>
    h('tr', { 'data-org': a.org, 'data-status': a.status },
      h('td', {}, a.org),
      h('td', {}, STATUS_LABELS[a.status], h('div', { className: 'muted' }, a.body.name)),
      h('td', {}, interval(a), cites.mark(a.fact.sources)),
    ),
  );
  const disagreements = history.flatMap((a) =>
    (a.fact.alternatives ?? []).map((alt) =>
      h('div', { className: 'disagreement', 'data-org': a.org },
        h('strong', {}, `Sources disagree (${a.org}): `),
        `the map shows "${a.status}"; other sources say "${alt.status}". ${alt.note}`,
        cites.mark(alt.sources),
      ),
    ),
  );
  const latest = day > today ? day : today;
  return panelSection('memberships', 'Memberships',
    current.length > 0
      ? h('ul', { id: 'panel-current', className: 'current-statuses' },
          ...current.map((a) => h('li', { 'data-org': a.org }, h('strong', {}, a.body.name), `: ${a.status} since ${formatPartialDate(a.since)}`)))
      : h('p', { className: 'muted', id: 'panel-current-none' }, 'No status in the SCO, CSTO, EAEU, CIS, NATO, EU, BRICS, OTS or GUAM on this date.'),
    membershipChart(membershipChartModel(history, chartOrgs(history), day, latest), day, describeSources),
    h('p', { className: 'chart-note muted' }, 'Darker bands: fuller status (member); paler: observer, partner or applicant. The line marks the chosen date; hover a band for its dates and sources.'),
    history.length > 0
      ? h('div', { className: 'history' },
          h('h4', {}, 'Membership history'),
          h('table', { id: 'panel-history' },
            h('thead', {}, h('tr', {}, h('th', {}, 'Org'), h('th', {}, 'Status'), h('th', {}, 'Dates'))),
            h('tbody', {}, ...rows)),
        )
      : h('p', { className: 'muted' }, 'Never held a status in these organisations.'),
    ...disagreements,
  );
}
