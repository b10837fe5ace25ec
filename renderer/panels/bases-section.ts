/**
 * Military bases: foreign bases and facilities on the state's soil active on the date, and the
 * state's own bases abroad. Each row names operator and host, type, dates, coordinates with their
 * precision, marks weakly sourced sites, and cites its sources.
 */
import { BASES_SCOPE, basesHostedBy, basesOperatedBy } from '../../geodata/src/base-queries.js';
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import type { Base } from '../../geodata/src/schema.js';
import { operatorColour } from '../map/operator-colours.js';
import type { CitationList } from './citation-list.js';
import { h } from '../dom/dom.js';
import { formatCoordinates, PRECISION_LABELS } from './format-figures.js';
import { panelSection } from './panel-section.js';

export interface BasesSectionInput {
  queries: AtlasQueries;
  iso3: string;
  day: IsoDay;
  cites: CitationList;
}

function baseRow(base: Base, name: (iso3: string) => string, cites: CitationList): HTMLElement {
  const weak = base.confidence === 'weak';
  return h('li', { className: `base-row${weak ? ' weak' : ''}`, 'data-base': base.id, 'data-operator': base.operator, 'data-host': base.host, 'data-confidence': base.confidence },
    h('div', { className: 'base-name' },
      h('span', { className: 'overlay-dot', style: `background:${operatorColour(base.operator)}`, 'aria-hidden': 'true' }),
      h('strong', {}, base.name),
      weak ? h('span', { className: 'badge badge-weak', title: 'Only one secondary or contested report supports this site' }, 'weakly sourced') : null,
      cites.mark(base.sources),
    ),
    h('div', { className: 'base-parties' },
      h('span', { className: 'base-operator' }, name(base.operator)), ' in ', h('span', { className: 'base-host' }, name(base.host)),
      ` · ${base.type}`,
    ),
    h('div', { className: 'base-dates muted' },
      `Opened ${formatPartialDate(base.from)} · `,
      base.to === null ? 'still active' : `closed ${formatPartialDate(base.to)}`,
    ),
    h('div', { className: 'base-place muted' },
      base.place ? `${base.place} · ` : '',
      h('span', { className: 'coordinates', title: `Coordinate precision: ${PRECISION_LABELS[base.precision]}` },
        `${formatCoordinates(base.lat, base.lon, base.precision)} (${PRECISION_LABELS[base.precision]})`),
    ),
    base.note ? h('div', { className: 'base-note' }, base.note) : null,
  );
}

export function basesSection({ queries, iso3, day, cites }: BasesSectionInput): HTMLElement {
  const name = (code: string): string => queries.statesByIso.get(code)?.name ?? code;
  const hosted = basesHostedBy(queries.data.bases, iso3, day);
  const abroad = basesOperatedBy(queries.data.bases, iso3, day);
  const stateName = name(iso3);
  return panelSection('bases', 'Military bases',
    h('h4', {}, `Foreign bases in ${stateName} (${hosted.length})`),
    hosted.length > 0
      ? h('ul', { className: 'base-list', id: 'panel-bases-hosted' }, ...hosted.map((b) => baseRow(b, name, cites)))
      : h('p', { className: 'muted', id: 'panel-bases-hosted-none' }, 'None known on its soil on this date.'),
    h('h4', {}, `${stateName}’s bases abroad (${abroad.length})`),
    abroad.length > 0
      ? h('ul', { className: 'base-list', id: 'panel-bases-abroad' }, ...abroad.map((b) => baseRow(b, name, cites)))
      : h('p', { className: 'muted', id: 'panel-bases-abroad-none' }, 'None known abroad on this date.'),
    h('p', { className: 'section-note muted', id: 'panel-bases-scope' }, `Scope: ${BASES_SCOPE}`),
  );
}
