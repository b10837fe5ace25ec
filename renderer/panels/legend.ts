/** The legend: the body in force for each shown organisation, the exact as-of date, the keys. */
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import type { OrgId, Status } from '../../geodata/src/schema.js';
import { COUNT_COLOURS, COUNT_OTHER_STATUS, ORG_COLOURS, STATUS_LABELS, STATUS_ORDER, badgeFill, statusColour } from '../map/palette.js';
import type { ViewMode } from '../state/app-state.js';
import { h } from '../dom/dom.js';

export interface LegendModel {
  asOf: string;
  bodies: { org: OrgId; name: string | null }[];
  mode: 'status' | 'count';
  /** Status keys that appear on the map now, in legend order. */
  keys: { colour: string; label: string; hatched: boolean; status?: Status }[];
  /** Overlap view: what the badges under each label mean. */
  badges: { label: string; fill: (org: OrgId) => string }[];
}

const BADGE_KEYS: LegendModel['badges'] = [
  { label: 'member', fill: (org) => badgeFill(org, 'member') },
  { label: 'associate / participant', fill: (org) => badgeFill(org, 'associate') },
  { label: 'suspended', fill: (org) => badgeFill(org, 'suspended') },
  { label: 'observer / partner / applicant', fill: (org) => badgeFill(org, 'observer') },
];

/** The count steps the legend names for `shown` organisations: 1 … shown, the last colour taking the rest. */
function countSteps(shown: number): number[] {
  return Array.from({ length: Math.min(shown, COUNT_COLOURS.length - 1) }, (_, i) => i + 1);
}

export function legendModel(queries: AtlasQueries, orgs: readonly OrgId[], day: IsoDay, mode: ViewMode): LegendModel {
  const bodies = orgs.map((org) => {
    const inForce = queries.bodiesOn(org, day);
    return { org, name: inForce.length > 0 ? inForce.map((b) => b.name).join(' · ') : null };
  });
  const asOf = `As of ${formatPartialDate(day)}`;
  if (mode === 'count' || orgs.length > 1) {
    const keys = [
      { colour: COUNT_OTHER_STATUS, label: 'Other status only (observer, partner, …)', hatched: false },
      ...countSteps(orgs.length).map((n) => ({
        colour: COUNT_COLOURS[n]!,
        label: n === COUNT_COLOURS.length - 1 && orgs.length > n ? `Full member of ${n} or more of ${orgs.length}` : `Full member of ${n} of ${orgs.length}`,
        hatched: false,
      })),
    ];
    return { asOf, bodies, mode: 'count', keys, badges: BADGE_KEYS };
  }
  const org = orgs[0]!;
  const present = new Set(queries.membershipsOn(org, day).map((m) => m.status));
  const keys = STATUS_ORDER.filter((s) => present.has(s) || s === 'member').map((status) => ({
    colour: statusColour(org, status),
    label: STATUS_LABELS[status],
    hatched: status === 'suspended',
    status,
  }));
  return { asOf, bodies, mode: 'status', keys, badges: [] };
}

/** `bordersLine`: which borders the map draws (the de jure or de facto view), said under the keys. */
export function renderLegend(container: HTMLElement, model: LegendModel, bordersLine?: string): void {
  const title = model.bodies.map((b) => h('div', { className: 'body-line', 'data-org': b.org },
    h('span', { className: 'key', style: `background:${ORG_COLOURS[b.org]}`, 'aria-hidden': 'true' }),
    ' ',
    b.name ? h('span', { className: 'body-name', 'data-body': b.org }, b.name) : h('span', { className: 'muted' }, `${b.org}: not yet founded`),
  ));
  container.replaceChildren(
    h('h2', {}, model.mode === 'count' ? 'Full memberships' : 'Membership status'),
    ...title,
    h('p', { className: 'as-of-line', id: 'legend-as-of' }, model.asOf),
    h('ul', {}, ...model.keys.map((k) => h('li', { 'data-status': k.status }, h('span', { className: `key${k.hatched ? ' hatched' : ''}`, style: `background-color:${k.colour}` }), k.label))),
    ...(model.badges.length > 0
      ? [h('div', { className: 'badge-keys' },
          h('p', { className: 'as-of-line' }, 'Badges under each name, one per organisation, left to right:'),
          h('ul', {}, ...model.badges.map((b) => h('li', {}, ...model.bodies.map((x) => h('span', { className: 'badge', style: `background:${b.fill(x.org)};border-color:${ORG_COLOURS[x.org]}` })), b.label))),
        )]
      : []),
    h('ul', {},
      h('li', {}, h('span', { className: 'key hatched', style: 'background-color:#f3f0e8' }), 'Disputed, occupied or breakaway area'),
    ),
    ...(bordersLine ? [h('p', { className: 'source-line', id: 'legend-borders' }, bordersLine)] : []),
    h('p', { className: 'source-line' }, 'Sources: treaty texts, the organisations\u2019 records and cited news; borders: Natural Earth. Click a state for its sources.'),
  );
}
