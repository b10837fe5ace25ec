/**
 * The views that follow the shown day, organisations and selection: the legend, the table view
 * and the panel of the selected state (with the user's note on it).
 */
import { legendModel, renderLegend } from '../panels/legend.js';
import { bordersViewText } from '../state/borders-view.js';
import { renderStatePanel } from '../panels/state-panel.js';
import { renderTable, tableRows } from '../panels/table-view.js';
import { csvDownload, statusTableCsv } from '../panels/csv-downloads.js';
import { h } from '../dom/dom.js';
import type { AppContext, Dispose } from './app-context.js';
import { byId } from './by-id.js';

export interface StateViewsOptions {
  /** Draws the user's notes on a state into the panel. */
  renderStateNotes(container: HTMLElement, iso3: string): void;
}

export function mountStateViews(ctx: AppContext, options: StateViewsOptions): Dispose {
  const { store } = ctx;
  const render = (): void => {
    const { day, orgs, mode, selected, table } = store.state;
    // In the trade lens (mount-trade-lens.ts) the legend and the table view are the lens's own:
    // building the membership ones on every year change only to replace them is skipped.
    if (store.state.lens === null || store.state.compare !== null) {
      renderLegend(byId('legend'), legendModel(ctx.queries, orgs, day, mode), bordersViewText(store.state.borders, day));
      const tableView = byId('table-view');
      tableView.hidden = !table;
      if (table) {
        const rows = tableRows(ctx.queries, orgs, day);
        renderTable(tableView, rows, orgs, day, (iso3) => store.update({ selected: iso3 }));
        tableView.append(csvDownload(statusTableCsv(ctx.queries, rows, orgs, day)));
      }
    }
    const panel = byId('panel');
    panel.hidden = selected === null;
    if (selected) {
      renderStatePanel(panel, {
        queries: ctx.queries,
        iso3: selected,
        day,
        openSource: (id) => void ctx.host.openSource(id),
        close: () => store.update({ selected: null }),
        geodataUrl: ctx.geodataUrl,
        today: ctx.today,
        details: ctx.detailsStatus(),
      });
      const notes = h('div', { className: 'panel-notes' });
      panel.append(notes);
      options.renderStateNotes(notes, selected);
    }
    document.body.dataset.day = day;
    document.body.dataset.orgs = orgs.join(',');
  };
  return store.subscribe((_, changed) => {
    if (['day', 'orgs', 'mode', 'selected', 'table', 'borders'].some((k) => changed.has(k as keyof typeof ctx.store.state))) render();
  });
}
