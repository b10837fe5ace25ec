/**
 * Trade partners: the state's largest goods-trade partners in the chosen year as a bar chart,
 * with value (US$) and share of its trade with the world, IMF estimates marked, the year and its
 * source stated. A year without figures says so and shows the nearest year, labelled.
 */
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import type { TradeFile } from '../../geodata/src/schema.js';
import { tradePartnersFor, type RankedPartner, type TradePartnersAnswer } from '../../geodata/src/trade-queries.js';
import type { CitationList } from './citation-list.js';
import { h } from '../dom/dom.js';
import { formatShare, formatUsdMillions } from './format-figures.js';
import { panelSection } from './panel-section.js';

/** The source id build/derive/derive-trade.ts cites for every IMF Direction of Trade year. */
const IMF_DOTS_SOURCE = 'trade-imf-dots';

/** Bars shown before "Show all". */
export const TRADE_ROWS_SHOWN = 10;

export type TradeData =
  | { kind: 'unavailable' }
  | { kind: 'loading' }
  | { kind: 'loaded'; file: TradeFile | null };

export interface TradeSectionInput {
  queries: AtlasQueries;
  iso3: string;
  day: IsoDay;
  cites: CitationList;
  trade: TradeData;
  expanded: boolean;
  onToggleExpanded: () => void;
}

function partnerRow(p: RankedPartner, largest: number, name: (iso3: string) => string): HTMLElement {
  const width = largest > 0 ? (p.total / largest) * 100 : 0;
  const flows = [p.exports !== null ? `exports ${formatUsdMillions(p.exports)}` : null, p.imports !== null ? `imports ${formatUsdMillions(p.imports)}` : null].filter(Boolean).join(', ');
  return h('li', { className: `trade-row${p.estimated ? ' estimated' : ''}`, 'data-partner': p.partner, 'data-rank': p.rank, title: flows ? `${name(p.partner)}: ${flows}` : undefined },
    h('span', { className: 'trade-rank' }, String(p.rank)),
    h('span', { className: 'trade-name' }, name(p.partner),
      p.estimated ? h('span', { className: 'badge badge-estimated', title: 'The IMF marked this figure as estimated' }, 'IMF est.') : null),
    h('span', { className: 'trade-bar-track', 'aria-hidden': 'true' }, h('span', { className: 'trade-bar', style: `width:${width.toFixed(1)}%` })),
    h('span', { className: 'trade-value' }, formatUsdMillions(p.total)),
    h('span', { className: 'trade-share' }, p.share === null ? '—' : formatShare(p.share)),
  );
}

function answerView(answer: TradePartnersAnswer, input: TradeSectionInput): (HTMLElement | null)[] {
  const { queries, cites } = input;
  const name = (code: string): string => queries.statesByIso.get(code)?.name ?? code;
  const shown = input.expanded ? answer.partners : answer.partners.slice(0, TRADE_ROWS_SHOWN);
  const largest = answer.partners[0]?.total ?? 0;
  const sources = [...new Set(answer.sources.map((c) => c.source))].map((id) => queries.sourcesById.get(id));
  const sourceText = sources.map((s) => (s ? `${s.publisher}, ${s.title}` : '')).filter(Boolean).join('; ');
  const anyEstimated = answer.partners.some((p) => p.estimated);
  return [
    answer.exact
      ? null
      : h('p', { className: 'trade-fallback', id: 'panel-trade-fallback', role: 'note' },
          h('strong', {}, `No data for ${answer.requestedYear} — showing ${answer.year}`),
          `, the nearest year with partner figures.`,
          answer.requestedWorldTotal !== null ? ` For ${answer.requestedYear} only the total trade with the world is recorded (${formatUsdMillions(answer.requestedWorldTotal)}).` : ''),
    h('p', { className: 'trade-caption', id: 'panel-trade-year', 'data-year': answer.year },
      h('strong', {}, `${answer.year}`),
      ` · goods trade (exports + imports), largest partners first`,
      answer.worldTotal !== null ? ` · total with the world ${formatUsdMillions(answer.worldTotal)}` : ' · total with the world not reported, so no shares'),
    answer.basis !== null
      ? h('p', { className: 'trade-basis', id: 'panel-trade-basis', role: 'note' }, h('strong', {}, 'Basis: '), answer.basis)
      : null,
    h('div', { className: 'trade-head muted', 'aria-hidden': 'true' },
      h('span', {}, 'Partner'), h('span', {}, 'Value'), h('span', {}, 'Share')),
    h('ol', { className: 'trade-bars', id: 'panel-trade', 'aria-label': `Largest trade partners in ${answer.year}` }, ...shown.map((p) => partnerRow(p, largest, name))),
    answer.partners.length > TRADE_ROWS_SHOWN
      ? h('button', { type: 'button', className: 'link more', id: 'panel-trade-more', 'aria-expanded': String(input.expanded), onclick: input.onToggleExpanded },
          input.expanded ? `Show the largest ${TRADE_ROWS_SHOWN} only` : `Show all ${answer.partners.length} partners in the data`)
      : null,
    h('p', { className: 'trade-source muted', id: 'panel-trade-source' },
      `Figures for ${answer.year}, US$; source: ${sourceText}`, cites.mark(answer.sources),
      anyEstimated ? '. "IMF est." marks figures the IMF estimated.' : '.',
      answer.sources.some((c) => c.source === IMF_DOTS_SOURCE)
        ? ' The IMF extract holds up to the 20 largest partners of each reporter and year.'
        : ' Curated from the cited release: only the partners it names are listed.'),
  ];
}

export function tradeSection(input: TradeSectionInput): HTMLElement {
  const { trade, queries, iso3, day } = input;
  const stateName = queries.statesByIso.get(iso3)?.name ?? iso3;
  const year = Number(day.slice(0, 4));
  let body: (HTMLElement | null)[];
  if (trade.kind === 'unavailable') {
    body = [h('p', { className: 'muted' }, 'Trade figures are not available in this view.')];
  } else if (trade.kind === 'loading') {
    body = [h('p', { className: 'muted', id: 'panel-trade-loading', 'aria-busy': 'true' }, 'Loading trade figures…')];
  } else {
    const answer = trade.file ? tradePartnersFor(trade.file, year) : null;
    body = answer
      ? answerView(answer, input)
      : [h('p', { className: 'muted', id: 'panel-trade-none' }, `No goods-trade figures reported by ${stateName} are in the atlas (none for ${year} or any other year).`)];
  }
  return panelSection('trade', 'Trade partners', ...body, h('p', { className: 'section-note muted' }, `Year shown: the year of the chosen date (${formatPartialDate(day)}).`));
}
