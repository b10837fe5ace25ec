/**
 * Sources: everything the panel cites, numbered as the marks in the sections, with title,
 * publisher and date. A link opens through the host (the system browser), never inside the app.
 */
import { sourceDateText } from '../../geodata/src/source-date-text.js';
import type { AtlasQueries } from '../../geodata/src/queries.js';
import type { CitationList } from './citation-list.js';
import { h } from '../dom/dom.js';
import { panelSection } from './panel-section.js';

export interface SourcesSectionInput {
  queries: AtlasQueries;
  cites: CitationList;
  openSource: (sourceId: string) => void;
}

export function sourcesSection({ queries, cites, openSource }: SourcesSectionInput): HTMLElement {
  const items = cites.sourceIds.map((id, i) => {
    const s = queries.sourcesById.get(id);
    if (!s) return h('li', { 'data-source': id, id: `panel-source-${i + 1}` }, id);
    return h('li', { 'data-source': id, id: `panel-source-${i + 1}` },
      s.url
        ? h('button', { type: 'button', className: 'link source-link', title: 'Opens in your web browser', onclick: () => openSource(id) }, s.title)
        : h('span', { className: 'source-title' }, s.title),
      h('span', { className: 'muted' }, ` — ${s.publisher}, ${sourceDateText(s)}`),
      s.kind === 'secondary' ? h('span', { className: 'badge badge-weak', title: s.note ?? 'Secondary source' }, 'secondary') : null,
    );
  });
  return panelSection('sources', 'Sources',
    items.length > 0
      ? h('ol', { className: 'sources', id: 'panel-sources' }, ...items)
      : h('p', { className: 'muted' }, 'Nothing cited yet.'),
  );
}
