/** The organisation toggles: one button per organisation, at least one always on. */
import { ORG_IDS, type OrgId } from '../../geodata/src/schema.js';
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
  picker.append(...buttons);
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
    for (const button of buttons) button.remove();
  };
}
