/**
 * The trade lens (`#mode=trade&partner=CHN`): a "Colour by" picker beside the organisations, the
 * states painted by their share of goods trade with the partner in the shown year (from the
 * compact index geodata/trade/lens.json, loaded on first use), its legend, its table view (one
 * row per state, `data-partner` cells, with a CSV download) and a tooltip line. All of them read
 * lensStyle's one answer per state, so map, hover, table and legend agree.
 */
import { csv } from '../../geodata/src/csv.js';
import { CHINA_VS_RUSSIA, LENS_CHOICES, LENS_PARTNER_NAMES, lensFromIndex, type LensChoice, type LensIndex } from '../../geodata/src/trade-lens.js';
import { atLeastText } from '../../geodata/src/trade-queries.js';
import { h } from '../dom/dom.js';
import { bordersViewText } from '../state/borders-view.js';
import type { HoverInfo } from '../map/atlas-map.js';
import { lensLegend, lensStyle } from '../map/trade-lens-layer.js';
import { formatShare } from '../panels/format-figures.js';
import type { AppContext, Dispose } from './app-context.js';
import { byId } from './by-id.js';
import { downloadCsv } from '../panels/download-csv.js';

let pending: Promise<LensIndex> | null = null;

/** The lens index, fetched once (same origin; never remote). */
export function loadLensIndex(geodataUrl: string): Promise<LensIndex> {
  pending ??= fetch(`${geodataUrl}/trade/lens.json`).then(async (r) => {
    if (!r.ok) throw new Error(`trade/lens.json: HTTP ${r.status}`);
    const index = (await r.json()) as LensIndex;
    if (typeof index !== 'object' || index === null || !Array.isArray(index.partners) || typeof index.reporters !== 'object') throw new Error('trade/lens.json is not a lens index');
    return index;
  });
  return pending;
}

const LABELS: Record<LensChoice, string> = {
  CHN: 'Trade with China',
  RUS: 'Trade with Russia',
  USA: 'Trade with the United States',
  EU: 'Trade with the EU',
  TUR: 'Trade with Turkey',
  IND: 'Trade with India',
  'CHN-RUS': 'China or Russia (trade)',
};

export function mountTradeLens(anchor: HTMLElement, ctx: AppContext): Dispose {
  const { store } = ctx;
  const select = h('select', { id: 'lens-picker', 'aria-label': 'Colour the map by' },
    h('option', { value: '' }, 'Memberships'),
    ...LENS_CHOICES.map((c) => h('option', { value: c }, LABELS[c])),
  );
  select.addEventListener('change', () => store.update({ lens: select.value === '' ? null : (select.value as LensChoice) }));
  const wrapper = h('label', { className: 'lens-picker' }, 'Colour by ', select);
  anchor.after(wrapper);
  let index: LensIndex | null = null;
  let wasOn = false;

  const year = (): number => Number(store.state.day.slice(0, 4));
  const styles = (choice: LensChoice) => {
    const y = year();
    return new Map(
      ctx.queries.data.states.map((s) => {
        const answer = lensFromIndex(index!, s.iso3, y);
        return [s.iso3, { name: s.name, answer, style: lensStyle(answer, choice) }];
      }),
    );
  };

  const renderLegend = (choice: LensChoice): void => {
    const l = lensLegend(choice, year());
    byId('legend').replaceChildren(
      h('h2', {}, l.title),
      h('ul', { className: 'lens-legend', 'data-lens': choice },
        ...l.steps.map((s, i) => h('li', { 'data-step': i }, h('span', { className: 'key', style: `background:${s.colour}` }), s.label)),
        h('li', { 'data-step': 'none' }, h('span', { className: 'key', style: `background:${l.noData.colour}` }), l.noData.label),
        h('li', { 'data-step': 'hatch' }, h('span', { className: 'key hatched', style: 'background-color:#ffffff' }), l.hatch),
      ),
      ...l.notes.map((n) => h('p', { className: 'source-line' }, n)),
      h('p', { className: 'source-line', id: 'legend-borders' }, bordersViewText(store.state.borders, store.state.day)),
      h('p', { className: 'source-line' }, l.source),
    );
  };

  const renderTable = (choice: LensChoice, rows: ReturnType<typeof styles>): void => {
    const partners = choice === CHINA_VS_RUSSIA ? (['CHN', 'RUS'] as const) : [choice];
    const reporters = [...rows.entries()].filter(([iso3]) => index!.reporters[iso3] !== undefined).sort((a, b) => a[1].name.localeCompare(b[1].name));
    const share = (a: (typeof reporters)[number][1]['answer'], p: string): string => {
      const c = a.cells[p as keyof typeof a.cells];
      return !c ? '—' : c.share !== null ? atLeastText(formatShare(c.share), c.atLeast) : c.below !== undefined ? `< ${formatShare(c.below)}` : 'no data';
    };
    const legend = lensLegend(choice, year());
    const source = legend.source;
    const caption = `${legend.title} (${reporters.length} states with trade figures)`;
    const header = ['State', 'ISO3', ...partners.map((p) => `Share with ${p}`), ...(choice === CHINA_VS_RUSSIA ? ['China or Russia'] : []), 'Year shown', 'Basis', 'sources'];
    const csvRows = reporters.map(([iso3, r]) => [r.name, iso3, ...partners.map((p) => share(r.answer, p)), ...(choice === CHINA_VS_RUSSIA ? [r.style.text] : []), r.answer.year, r.answer.basis, 'see the state panel: IMF DOTS 1992–2020, cited sources after']);
    byId('table-view').replaceChildren(
      h('table', { id: 'lens-table', 'data-lens': choice },
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, ...header.slice(0, -1).map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, ...reporters.map(([iso3, r]) =>
          h('tr', { 'data-state': iso3 },
            h('th', { scope: 'row' }, h('button', { type: 'button', className: 'linklike', onclick: () => store.update({ selected: iso3 }) }, r.name)),
            h('td', {}, iso3),
            ...partners.map((p) => h('td', { 'data-partner': p, title: r.answer.cells[p]?.reason }, share(r.answer, p))),
            ...(choice === CHINA_VS_RUSSIA ? [h('td', { 'data-diff': r.style.value ?? '' }, r.style.text)] : []),
            h('td', { 'data-year': r.answer.year ?? '' }, r.answer.year === null ? '—' : String(r.answer.year)),
            h('td', { className: 'small' }, r.answer.basis ?? '—'),
          ),
        )),
      ),
      h('p', { className: 'source-line' }, source),
      h('button', { type: 'button', className: 'download-csv', onclick: () => downloadCsv(`trade-${choice}-${year()}.csv`, csv(header, csvRows)) }, 'Download data (CSV)'),
    );
  };

  const render = (): void => {
    const choice = store.state.lens;
    select.value = choice ?? '';
    document.body.dataset.lens = choice ?? '';
    if (!choice || store.state.compare) {
      if (wasOn) {
        wasOn = false;
        // The membership views and map redraw everything they show.
        store.refresh();
      }
      return;
    }
    wasOn = true;
    if (!index) {
      loadLensIndex(ctx.geodataUrl).then(
        (i) => {
          index = i;
          render();
        },
        (error: unknown) => ctx.notify(`The trade figures for the map could not be loaded (${error instanceof Error ? error.message : String(error)}).`),
      );
      return;
    }
    const rows = styles(choice);
    ctx.atlasMap.showFills(new Map([...rows].map(([iso3, r]) => [iso3, { fill: r.style.fill, hatch: r.style.hatch }])));
    ctx.atlasMap.showDisputedOn(store.state.day, ctx.disputed);
    renderLegend(choice);
    const tableView = byId('table-view');
    tableView.hidden = !store.state.table;
    if (store.state.table) renderTable(choice, rows);
  };

  const onHover = (info: HoverInfo | null): void => {
    const choice = store.state.lens;
    if (!info || !choice || !index || store.state.compare) return;
    const tooltip = byId('tooltip');
    tooltip.querySelector('.lens-line')?.remove();
    const answer = lensFromIndex(index, info.iso3, year());
    tooltip.append(h('div', { className: 'lens-line', 'data-partner': choice }, `${choice === CHINA_VS_RUSSIA ? 'China or Russia' : `Share with ${LENS_PARTNER_NAMES[choice]}`}: ${lensStyle(answer, choice).text}`));
  };
  const offHover = ctx.atlasMap.onHover(onHover);
  const unsubscribe = store.subscribe((_, changed) => {
    if (['day', 'lens', 'table', 'orgs', 'mode', 'compare', 'selected', 'borders'].some((k) => changed.has(k as keyof typeof store.state))) render();
  });
  return () => {
    unsubscribe();
    offHover();
    wrapper.remove();
  };
}
