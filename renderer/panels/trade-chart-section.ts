/**
 * The state panel's "Share of trade with main partners" section: the trade chart (SVG, the same
 * string the briefing prints) and its table alternative in a disclosure. Nothing while the trade
 * file loads or when it has no shares.
 */
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { h } from '../dom/dom.js';
import { panelSection } from './panel-section.js';
import { euMembersOf, tradeChart } from './trade-chart.js';
import type { TradeData } from './trade-section.js';

/** Parses markup this module built from escaped strings (lineChartSvg, chartTableHtml). */
function parsed(markup: string, type: DOMParserSupportedType): Element {
  const doc = new DOMParser().parseFromString(markup, type);
  const el = type === 'text/html' ? doc.body.firstElementChild : doc.documentElement;
  if (!el) throw new Error('chart markup did not parse');
  return document.importNode(el, true);
}

export function tradeChartSection(trade: TradeData, stateName: string, queries: AtlasQueries): HTMLElement | null {
  if (trade.kind !== 'loaded' || trade.file === null) return null;
  const chart = tradeChart(trade.file, stateName, euMembersOf(queries));
  if (!chart) return null;
  return panelSection('trade-chart', chart.title,
    h('figure', { className: 'trade-chart', 'data-first-year': chart.firstYear, 'data-last-year': chart.lastYear }, parsed(chart.svg, 'image/svg+xml')),
    h('details', { className: 'trade-chart-table' }, h('summary', {}, 'Show as a table'), parsed(chart.tableHtml, 'text/html')),
  );
}
