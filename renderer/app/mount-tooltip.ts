/** The hover tooltip: the state under the pointer and every status it holds on the shown day. */
import { formatPartialDate } from '../../geodata/src/partial-date.js';
import { ORG_IDS } from '../../geodata/src/schema.js';
import { h } from '../dom/dom.js';
import type { HoverInfo } from '../map/atlas-map.js';
import { ORG_COLOURS, STATUS_LABELS } from '../map/palette.js';
import type { AppContext, Dispose } from './app-context.js';

export function mountTooltip(tooltip: HTMLElement, ctx: AppContext): Dispose {
  const show = (info: HoverInfo | null): void => {
    if (!info) {
      tooltip.hidden = true;
      return;
    }
    const { day, orgs } = ctx.store.state;
    const soviet = ctx.atlasMap.sovietRepublicsOn(day).has(info.iso3);
    // Every status the state holds on the day: the shown organisations first, then the others.
    const ordered = [...ORG_IDS.filter((o) => orgs.includes(o)), ...ORG_IDS.filter((o) => !orgs.includes(o))];
    const lines = ordered.flatMap((org) => {
      const a = ctx.queries.statusOf(info.iso3, org, day);
      if (!a && !orgs.includes(org)) return [];
      return [h('div', { 'data-org': org, 'data-status': a?.status ?? 'none', className: orgs.includes(org) ? '' : 'muted' },
        h('span', { className: 'key', style: `background:${ORG_COLOURS[org]}` }), ` ${org}: `,
        a ? `${STATUS_LABELS[a.status]} (${a.body.short}) since ${formatPartialDate(a.since)}` : 'no status')];
    });
    tooltip.replaceChildren(
      h('strong', {}, soviet ? `Soviet Union — ${info.name}` : info.name),
      ...lines,
      ...(info.disputed ? [h('div', { className: 'disputed' }, `${info.disputed.name}: ${info.disputed.note}`)] : []),
    );
    tooltip.hidden = false;
    tooltip.style.left = `${info.point.x + 14}px`;
    tooltip.style.top = `${info.point.y + 14}px`;
  };
  const off = ctx.atlasMap.onHover(show);
  return () => {
    off();
    tooltip.hidden = true;
  };
}
