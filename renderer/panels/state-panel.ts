/**
 * The panel for a selected state on the chosen date: memberships (status, 1991→today chart,
 * history, disagreements), military bases, trade partners, events, and every source it cites.
 *
 * It renders synchronously what it has; the state's trade file is loaded on first use and the
 * panel redraws when it arrives — unless a later render (another state or date) came first.
 */
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { formatPartialDate, todayIso, type IsoDay } from '../../geodata/src/partial-date.js';
import type { TradeFile } from '../../geodata/src/schema.js';
import type { DetailsStatus } from '../atlas-context.js';
import { loadTrade } from '../load-atlas.js';
import type { EventCategory } from '../map/operator-colours.js';
import { basesSection } from './bases-section.js';
import { CitationList } from './citation-list.js';
import { h } from '../dom/dom.js';
import { DEFAULT_EVENT_WINDOW_YEARS, eventsSection } from './events-section.js';
import { membershipSection } from './membership-section.js';
import { panelSection } from './panel-section.js';
import { sourcesSection } from './sources-section.js';
import { tradeSection, type TradeData } from './trade-section.js';
import { tradeChartSection } from './trade-chart-section.js';

export interface PanelContext {
  queries: AtlasQueries;
  iso3: string;
  day: IsoDay;
  /** Open a cited source by id through the host (system browser). */
  openSource: (sourceId: string) => void;
  close: () => void;
  /** Base URL of the bundled geodata (AtlasContext.geodataUrl), for the state's trade file. */
  geodataUrl?: string;
  /** Right end of the membership chart; defaults to the clock's today. */
  today?: IsoDay;
  /** Whether the bases, events and their sources (loaded after start) are in `queries`; default loaded. */
  details?: DetailsStatus;
}

/** Stands in for a section whose facts have not arrived (or failed to). */
function pendingSection(key: string, title: string, status: DetailsStatus): HTMLElement {
  return status === 'loading'
    ? panelSection(key, title, h('p', { className: 'muted', id: `panel-${key}-pending`, 'aria-busy': 'true' }, 'Loading…'))
    : panelSection(key, title, h('p', { className: 'muted', id: `panel-${key}-pending`, role: 'alert' }, 'These facts and their sources could not be loaded; reopen the atlas to try again.'));
}

/** What the panel remembers between renders of the same container. */
interface PanelMemory {
  /** Bumped by every renderStatePanel call; a slow trade load only redraws if it is still current. */
  generation: number;
  ctx: PanelContext | null;
  eventsWithinYears: number | null;
  eventsKind: EventCategory | null;
  tradeExpanded: boolean;
}

const memories = new WeakMap<HTMLElement, PanelMemory>();
/** Trade files already loaded (null = the atlas has none for the state), so redraws are synchronous. */
const loadedTrade = new Map<string, TradeFile | null>();

function memoryOf(container: HTMLElement): PanelMemory {
  let memory = memories.get(container);
  if (!memory) {
    memory = { generation: 0, ctx: null, eventsWithinYears: DEFAULT_EVENT_WINDOW_YEARS, eventsKind: null, tradeExpanded: false };
    memories.set(container, memory);
  }
  return memory;
}

function tradeData(ctx: PanelContext): TradeData {
  if (ctx.geodataUrl === undefined) return { kind: 'unavailable' };
  // Trade figures are never shown without their sources, which come with the details.
  if (ctx.details === 'loading') return { kind: 'loading' };
  if (ctx.details === 'failed') return { kind: 'unavailable' };
  return loadedTrade.has(ctx.iso3) ? { kind: 'loaded', file: loadedTrade.get(ctx.iso3) ?? null } : { kind: 'loading' };
}

export function renderStatePanel(container: HTMLElement, ctx: PanelContext): void {
  const memory = memoryOf(container);
  if (memory.ctx?.iso3 !== ctx.iso3) memory.tradeExpanded = false;
  memory.generation += 1;
  memory.ctx = ctx;
  const generation = memory.generation;
  draw(container, memory);
  const { geodataUrl, iso3 } = ctx;
  if (geodataUrl !== undefined && !loadedTrade.has(iso3)) {
    void loadTrade(geodataUrl, iso3).then((file) => {
      loadedTrade.set(iso3, file);
      if (memory.generation === generation && container.isConnected) draw(container, memory);
    });
  }
}

/** Rebuilds the panel from its context and memory, keeping the scroll position and focus. */
function draw(container: HTMLElement, memory: PanelMemory): void {
  const ctx = memory.ctx;
  if (!ctx) return;
  const { queries, iso3, day } = ctx;
  const redraw = (): void => draw(container, memory);
  const focusedId = container.contains(document.activeElement) ? document.activeElement?.id : undefined;
  const scrollTop = container.scrollTop;

  const state = queries.statesByIso.get(iso3);
  const cites = new CitationList((id) => queries.sourcesById.get(id)?.title);
  const details = ctx.details ?? 'loaded';
  const sections = [
    membershipSection({ queries, iso3, day, today: ctx.today ?? todayIso(), cites }),
    details === 'loaded' ? basesSection({ queries, iso3, day, cites }) : pendingSection('bases', 'Military bases', details),
    tradeSection({
      queries, iso3, day, cites,
      trade: tradeData(ctx),
      expanded: memory.tradeExpanded,
      onToggleExpanded: () => {
        memory.tradeExpanded = !memory.tradeExpanded;
        redraw();
      },
    }),
    tradeChartSection(tradeData(ctx), state?.name ?? iso3, queries) ?? [],
    details !== 'loaded' ? pendingSection('events', 'Events', details) : eventsSection({
      queries, iso3, day, cites,
      withinYears: memory.eventsWithinYears,
      onWithinYears: (years) => {
        memory.eventsWithinYears = years;
        redraw();
      },
      kind: memory.eventsKind,
      onKind: (kind) => {
        memory.eventsKind = kind;
        redraw();
      },
    }),
  ];
  container.replaceChildren(
    h('button', { type: 'button', className: 'close', 'aria-label': 'Close panel', onclick: ctx.close }, '×'),
    h('header', { className: 'panel-header' },
      h('h2', { id: 'panel-title' }, state?.name ?? iso3),
      h('div', { className: 'muted' }, [state?.nameLocal, state?.nameRu].filter(Boolean).join(' · ')),
      h('p', { className: 'panel-as-of', id: 'panel-as-of', 'data-day': day }, `As of ${formatPartialDate(day)}`),
    ),
    ...sections.flat(),
    sourcesSection({ queries, cites, openSource: ctx.openSource }),
  );
  container.dataset.state = iso3;
  container.dataset.day = day;
  container.dataset.trade = tradeData(ctx).kind;
  container.dataset.details = details;
  container.scrollTop = scrollTop;
  if (focusedId) document.getElementById(focusedId)?.focus();
}
