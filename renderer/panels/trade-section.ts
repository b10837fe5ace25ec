/**
 * Trade partners: the state's largest goods-trade partners in the chosen year as a bar chart,
 * with value (US$) and share of its trade with the world, all from the trade query: labelled rows
 * (never a dissolved state after it ended), partner-reported rows and mirror figures with their
 * notes, caveats, changes of basis, "19 of the top 20 shown", shares only where valid. A year
 * without figures says so and shows the nearest year, labelled.
 */
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import type { TradeFile } from '../../geodata/src/schema.js';
import { IMF_DOTS_SOURCE, atLeastText, estimateMark, tradeAnswerFor, type TradeAnswer, type TradeAnswerPartner } from '../../geodata/src/trade-queries.js';
import type { CitationList } from './citation-list.js';
import { h } from '../dom/dom.js';
import { formatShare, formatUsdMillions } from './format-figures.js';
import { panelSection } from './panel-section.js';
import { csvDownload, tradeCsv } from './csv-downloads.js';

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

function partnerRow(p: TradeAnswerPartner, largest: number, estimate: { label: string; title: string }): HTMLElement {
  const width = largest > 0 ? (p.total / largest) * 100 : 0;
  const flows = [p.exports !== undefined ? `exports ${formatUsdMillions(p.exports)}` : null, p.imports !== undefined ? `imports ${formatUsdMillions(p.imports)}` : null].filter(Boolean).join(', ');
  const kind = [p.estimated ? 'estimated' : '', p.flag ? 'labelled' : '', p.partnerReported ? 'partner-reported' : '', p.mirror ? 'has-mirror' : '', p.lowerBound ? 'lower-bound' : ''].filter(Boolean).join(' ');
  const mirrorText = p.mirror ? `${p.mirror.note}.` : null;
  return h('li', { className: `trade-row${kind ? ` ${kind}` : ''}`, 'data-partner': p.partner, 'data-rank': p.rank, ...(p.flag ? { 'data-flag': p.flag } : {}), title: flows ? `${p.name}: ${flows}` : undefined },
    h('span', { className: 'trade-rank' }, String(p.rank)),
    h('span', { className: 'trade-name' }, p.name,
      p.estimated ? h('span', { className: 'badge badge-estimated', title: estimate.title }, estimate.label) : null,
      p.flag ? h('span', { className: 'badge badge-labelled', title: 'Not a state: a row recorded under another name' }, 'not a state') : null,
      p.partnerReported ? h('span', { className: 'badge badge-partner-reported', title: "The figure is the partner's own report" }, 'partner-reported') : null),
    h('span', { className: 'trade-bar-track', 'aria-hidden': 'true' }, h('span', { className: 'trade-bar', style: `width:${width.toFixed(1)}%` })),
    h('span', { className: 'trade-value', title: p.lowerBound ? 'A lower bound, not the year’s figure (see the notes above)' : undefined }, atLeastText(formatUsdMillions(p.total), p.lowerBound)),
    h('span', { className: 'trade-share', title: p.share === undefined ? 'No share: see the notes above' : undefined }, p.share === undefined ? '—' : atLeastText(formatShare(p.share), p.lowerBound)),
    mirrorText ? h('span', { className: 'trade-row-note trade-mirror' }, mirrorText) : null,
    p.note !== undefined && !p.partnerReported ? h('span', { className: 'trade-row-note' }, p.note) : null,
    p.basis !== undefined && !p.partnerReported ? h('span', { className: 'trade-row-note' }, `Basis: ${p.basis}`) : null,
  );
}

function answerView(answer: TradeAnswer, input: TradeSectionInput): (HTMLElement | null)[] {
  const { queries, cites } = input;
  const shown = input.expanded ? answer.partners : answer.partners.slice(0, TRADE_ROWS_SHOWN);
  const largest = Math.max(0, ...answer.partners.map((p) => p.total));
  const sources = [...new Set(answer.sources.map((c) => c.source))].map((id) => queries.sourcesById.get(id));
  const sourceText = sources.map((s) => (s ? `${s.publisher}, ${s.title}` : '')).filter(Boolean).join('; ');
  const anyEstimated = answer.partners.some((p) => p.estimated);
  const estimate = estimateMark(answer);
  const [fallback, ...rest] = answer.exact ? [null, ...answer.notes] : answer.notes;
  return [
    fallback ? h('p', { className: 'trade-fallback', id: 'panel-trade-fallback', role: 'note' }, h('strong', {}, fallback)) : null,
    h('p', { className: 'trade-caption', id: 'panel-trade-year', 'data-year': answer.year },
      h('strong', {}, `${answer.year}`),
      ` · goods trade (exports + imports), largest partners first`,
      answer.worldTotal === null
        ? ' · total with the world not reported, so no shares'
        : answer.sharesOf === 'recorded trade'
          ? ` · recorded trade ${formatUsdMillions(answer.worldTotal)}; shares are of recorded trade`
          : ` · total with the world ${formatUsdMillions(answer.worldTotal)}`),
    h('p', { className: 'trade-basis', id: 'panel-trade-basis', role: 'note', 'data-stated': String(answer.basisStated) }, h('strong', {}, 'Basis: '), answer.basis),
    rest.length > 0 ? h('ul', { className: 'trade-notes', id: 'panel-trade-notes', role: 'note' }, ...rest.map((n) => h('li', {}, n))) : null,
    h('div', { className: 'trade-head muted', 'aria-hidden': 'true' },
      h('span', {}, 'Partner'), h('span', {}, 'Value'), h('span', {}, 'Share')),
    h('ol', { className: 'trade-bars', id: 'panel-trade', 'aria-label': `Largest trade partners in ${answer.year}`, ...(answer.partnersShown ? { 'data-shown': answer.partnersShown.shown, 'data-of': answer.partnersShown.of } : {}) },
      ...shown.map((p) => partnerRow(p, largest, estimate))),
    answer.partners.length > TRADE_ROWS_SHOWN
      ? h('button', { type: 'button', className: 'link more', id: 'panel-trade-more', 'aria-expanded': String(input.expanded), onclick: input.onToggleExpanded },
          input.expanded ? `Show the largest ${TRADE_ROWS_SHOWN} only` : `Show all ${answer.partners.length} partners in the data`)
      : null,
    h('p', { className: 'trade-source muted', id: 'panel-trade-source' },
      `Figures for ${answer.year}, US$; source: ${sourceText}`, cites.mark(answer.sources),
      anyEstimated ? `. "${estimate.label}": ${estimate.title.toLowerCase()}.` : '.',
      answer.sources.some((c) => c.source === IMF_DOTS_SOURCE)
        ? answer.partnersShown
          ? ` The IMF extract holds the 20 largest partners of each reporter and year; ${answer.partnersShown.shown} of them are shown.`
          : ' The IMF data are ranked to the 20 largest partners of each reporter and year.'
        : ' Curated from the cited release: only the partners it names are listed.'),
    csvDownload(tradeCsv(queries, answer)),
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
    const answer = trade.file ? tradeAnswerFor(trade.file, year, (code) => queries.statesByIso.get(code)?.name) : null;
    body = answer
      ? answerView(answer, input)
      : [h('p', { className: 'muted', id: 'panel-trade-none' }, `No goods-trade figures reported by ${stateName} are in the atlas (none for ${year} or any other year).`)];
  }
  return panelSection('trade', 'Trade partners', ...body, h('p', { className: 'section-note muted' }, `Year shown: the year of the chosen date (${formatPartialDate(day)}).`));
}
