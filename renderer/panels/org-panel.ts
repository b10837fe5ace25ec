/**
 * The organisation panel (`#org=SCO`): the body in force and its current members, members over
 * time (how many states held each status on 31 December), the full members' share of the world's
 * population and GDP (World Bank, from orgProfile), and its summits. Charts are lineChartSvg, the
 * same SVG strings the briefing prints, each with its table alternative.
 */
import { formatPartialDate } from '../../geodata/src/partial-date.js';
import type { OrgProfile } from '../../geodata/src/org-profile.js';
import type { AtlasQueries } from '../../geodata/src/queries.js';
import type { OrgId, Status } from '../../geodata/src/schema.js';
import { chartTableHtml, lineChartSvg, type ChartSeries } from '../charts/line-chart.js';
import { h } from '../dom/dom.js';
import { STATUS_LABELS, STATUS_ORDER, ORG_COLOURS, statusColour } from '../map/palette.js';
import { formatShare } from './format-figures.js';

export interface OrgPanelModel {
  org: OrgId;
  title: string;
  body: string | null;
  asOf: string;
  members: { iso3: string; name: string; status: Status; since: string }[];
  counts: { title: string; description: string; svg: string; tableHtml: string };
  weight: { title: string; description: string; svg: string; tableHtml: string } | null;
  summits: { id: string; date: string; title: string }[];
  sourceLine: string;
}

const DASHES = ['', '6 3', '2 2', '8 2 2 2', '1 3', '4 1 1 1', '3 3'];

export function orgPanelModel(profile: OrgProfile, queries: AtlasQueries): OrgPanelModel {
  const name = (c: string): string => queries.statesByIso.get(c)?.name ?? c;
  const org = profile.org;
  const first = profile.years[0]?.year ?? 1991;
  const last = profile.years.at(-1)?.year ?? first;
  const statuses = STATUS_ORDER.filter((s) => profile.years.some((y) => y.counts[s] > 0));
  const countSeries: ChartSeries[] = statuses.map((s, i) => ({
    id: s,
    label: STATUS_LABELS[s],
    colour: statusColour(org, s),
    ...(DASHES[i] ? { dash: DASHES[i] } : {}),
    points: profile.years.map((y) => ({ x: y.year, y: y.counts[s] })),
  }));
  const countsTitle = `${org}: states by status, ${first}–${last}`;
  const countsDesc = `How many states held each status in ${org} (${statuses.map((s) => STATUS_LABELS[s].toLowerCase()).join(', ')}) on 31 December of each year, ${first}–${last}, from the atlas's membership facts.`;
  const weightSeries: ChartSeries[] = [
    { id: 'population', label: 'Population', colour: ORG_COLOURS[org], points: profile.years.map((y) => ({ x: y.year, y: y.populationShare })) },
    { id: 'gdp', label: 'GDP (current US$)', colour: '#555555', dash: '6 3', points: profile.years.map((y) => ({ x: y.year, y: y.gdpShare })) },
  ];
  const anyWeight = weightSeries.some((s) => s.points.some((p) => p.y !== null));
  const weightTitle = `${org} members' share of the world's population and GDP, ${first}–${last}`;
  const weightDesc = `Full members on 31 December of each year; World Bank population (SP.POP.TOTL) and GDP in current US$ (NY.GDP.MKTP.CD) as a share of the world total. Gaps are years without World Bank figures.`;
  const pct = (v: number): string => `${Math.round(v * 100)}%`;
  return {
    org,
    title: org,
    body: profile.body,
    asOf: `As of ${formatPartialDate(profile.day)}`,
    members: profile.members
      .map((m) => ({ iso3: m.state, name: name(m.state), status: m.status, since: formatPartialDate(m.since) }))
      .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.name.localeCompare(b.name)),
    counts: { title: countsTitle, description: countsDesc, svg: lineChartSvg(countSeries, { width: 420, height: 240, title: countsTitle, description: countsDesc, yFormat: (v) => String(v) }), tableHtml: chartTableHtml(countSeries, countsTitle, (v) => String(v)) },
    weight: anyWeight
      ? { title: weightTitle, description: weightDesc, svg: lineChartSvg(weightSeries, { width: 420, height: 220, title: weightTitle, description: weightDesc, yFormat: pct, yMax: Math.max(0.1, ...weightSeries.flatMap((s) => s.points.map((p) => p.y ?? 0))) }), tableHtml: chartTableHtml(weightSeries, weightTitle, formatShare) }
      : null,
    summits: profile.summits.map((e) => ({ id: e.id, date: formatPartialDate(e.date), title: e.title })),
    sourceLine: 'Memberships and summits: the atlas’s sourced facts (see each state’s panel). Population and GDP: World Bank, World Development Indicators.',
  };
}

function parsed(markup: string, type: DOMParserSupportedType): Element {
  const doc = new DOMParser().parseFromString(markup, type);
  const el = type === 'text/html' ? doc.body.firstElementChild : doc.documentElement;
  if (!el) throw new Error('chart markup did not parse');
  return document.importNode(el, true);
}

const chart = (key: string, c: { title: string; svg: string; tableHtml: string }): HTMLElement =>
  h('section', { className: 'panel-section', id: `org-section-${key}` },
    h('h3', {}, c.title),
    h('figure', { className: 'org-chart' }, parsed(c.svg, 'image/svg+xml')),
    h('details', {}, h('summary', {}, 'Show as a table'), parsed(c.tableHtml, 'text/html')),
  );

export function renderOrgPanel(container: HTMLElement, model: OrgPanelModel, actions: { close: () => void; selectState: (iso3: string) => void; summitsLoading: boolean }): void {
  container.replaceChildren(
    h('button', { type: 'button', className: 'close', 'aria-label': 'Close panel', onclick: actions.close }, '×'),
    h('header', { className: 'panel-header' },
      h('h2', { id: 'org-panel-title' }, model.title),
      h('div', { className: 'muted' }, model.body ?? 'Not in force on this date'),
      h('p', { className: 'panel-as-of' }, model.asOf)),
    h('section', { className: 'panel-section', id: 'org-section-members' },
      h('h3', {}, `Members and other statuses (${model.members.length})`),
      model.members.length === 0
        ? h('p', { className: 'muted' }, 'No state holds a status on this date.')
        : h('ul', { className: 'org-members' }, ...model.members.map((m) =>
            h('li', { 'data-state': m.iso3, 'data-status': m.status },
              h('button', { type: 'button', className: 'linklike', onclick: () => actions.selectState(m.iso3) }, m.name),
              ` — ${STATUS_LABELS[m.status]} since ${m.since}`)))),
    chart('counts', model.counts),
    model.weight ? chart('weight', model.weight) : h('p', { className: 'muted' }, 'No World Bank figures for its members.'),
    h('section', { className: 'panel-section', id: 'org-section-summits' },
      h('h3', {}, `Summits (${model.summits.length})`),
      actions.summitsLoading
        ? h('p', { className: 'muted' }, 'Loading events…')
        : model.summits.length === 0
          ? h('p', { className: 'muted' }, 'No summits in the atlas up to this date.')
          : h('ol', { className: 'org-summits' }, ...model.summits.map((s) => h('li', { 'data-event': s.id }, h('span', { className: 'when' }, s.date), ' ', s.title)))),
    h('p', { className: 'source-line muted' }, model.sourceLine),
  );
}
