/**
 * The organisation toggles: one button per organisation, at least one always on, in two labelled
 * groups (the four core organisations, then the five context ones) that a screen reader announces
 * as groups and the Tab key walks through in order.
 */
import { CONTEXT_ORG_IDS, CORE_ORG_IDS, ORG_IDS, type OrgId } from '../../geodata/src/schema.js';
import { h } from '../dom/dom.js';
import { ORG_COLOURS } from '../map/palette.js';
import type { AppContext, Dispose } from './app-context.js';

/** The organisations after toggling one; the last one shown cannot be switched off. */
export function toggledOrgs(orgs: readonly OrgId[], org: OrgId): OrgId[] {
  const has = orgs.includes(org);
  if (has && orgs.length === 1) return [...orgs];
  return has ? orgs.filter((o) => o !== org) : ORG_IDS.filter((o) => o === org || orgs.includes(o));
}

export function mountOrgPicker(picker: HTMLElement, ctx: AppContext): Dispose {
  const buttons = ORG_IDS.map((org) =>
    h('button', { type: 'button', className: 'org-toggle', 'data-org': org, 'aria-pressed': 'false', onclick: () => ctx.store.update({ orgs: toggledOrgs(ctx.store.state.orgs, org) }) },
      h('span', { className: 'swatch', style: `background:${ORG_COLOURS[org]}`, 'aria-hidden': 'true' }), org));
  const group = (kind: 'core' | 'context', label: string, title: string, orgs: readonly OrgId[]): HTMLElement =>
    h('div', { className: 'org-group', role: 'group', 'data-group': kind, 'aria-labelledby': `org-group-${kind}` },
      h('span', { className: 'org-group-label', id: `org-group-${kind}`, title }, label),
      ...orgs.map((org) => buttons[ORG_IDS.indexOf(org)]!));
  const groups = [
    group('core', 'Core', 'The four organisations the atlas is about', CORE_ORG_IDS),
    group('context', 'Context', 'Context organisations: the other side of each choice', CONTEXT_ORG_IDS),
  ];
  picker.append(...groups);
  const render = (): void => {
    const { orgs } = ctx.store.state;
    for (const [i, button] of buttons.entries()) button.setAttribute('aria-pressed', String(orgs.includes(ORG_IDS[i]!)));
  };
  render();
  const unsubscribe = ctx.store.subscribe((_, changed) => {
    if (changed.has('orgs')) render();
  });
  return () => {
    unsubscribe();
    for (const g of groups) g.remove();
  };
}
