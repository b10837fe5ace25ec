/**
 * Opens the organisation panel (`#org=SCO`) in the side panel: from the "About" picker beside the
 * organisations or by clicking an organisation's name in the legend. The World Bank weights
 * (geodata/weight/indicators.json) are loaded on first use; summits come with the details bundle.
 */
import { orgProfile } from '../../geodata/src/org-profile.js';
import { ORG_IDS, type OrgId } from '../../geodata/src/schema.js';
import { weightDataSchema, type WeightData } from '../../geodata/src/weight-queries.js';
import { h } from '../dom/dom.js';
import { orgPanelModel, renderOrgPanel } from '../panels/org-panel.js';
import type { AppContext, Dispose } from './app-context.js';
import { byId } from './by-id.js';

let weight: Promise<WeightData | null> | null = null;
function loadWeight(geodataUrl: string): Promise<WeightData | null> {
  weight ??= fetch(`${geodataUrl}/weight/indicators.json`)
    .then(async (r) => (r.ok ? weightDataSchema.parse(await r.json()) : null))
    .catch(() => null);
  return weight;
}

export function mountOrgPanel(anchor: HTMLElement, ctx: AppContext): Dispose {
  const { store } = ctx;
  const select = h('select', { id: 'org-panel-picker', 'aria-label': 'Open an organisation’s profile' },
    h('option', { value: '' }, 'About…'),
    ...ORG_IDS.map((o) => h('option', { value: o }, o)),
  );
  select.addEventListener('change', () => {
    if (select.value !== '') store.update({ org: select.value as OrgId, selected: null });
  });
  const wrapper = h('label', { className: 'org-panel-picker' }, select);
  anchor.after(wrapper);
  const legend = byId('legend');
  const onLegendClick = (e: MouseEvent): void => {
    const line = (e.target as Element | null)?.closest<HTMLElement>('.body-line[data-org]');
    const org = line?.dataset.org;
    if (org && (ORG_IDS as readonly string[]).includes(org)) store.update({ org: org as OrgId, selected: null });
  };
  legend.addEventListener('click', onLegendClick);
  let weightData: WeightData | null | undefined;

  const render = (): void => {
    const { org, selected, day } = store.state;
    select.value = org ?? '';
    document.body.dataset.orgPanel = org ?? '';
    if (!org) return;
    if (selected !== null) {
      store.update({ org: null });
      return;
    }
    if (weightData === undefined) {
      void loadWeight(ctx.geodataUrl).then((w) => {
        weightData = w;
        render();
      });
    }
    const loaded = ctx.detailsStatus() === 'loaded';
    const profile = orgProfile(ctx.queries, weightData ?? null, loaded ? ctx.queries.data.events : [], org, day);
    const panel = byId('panel');
    const opening = panel.dataset.org !== org;
    panel.hidden = false;
    delete panel.dataset.state;
    renderOrgPanel(panel, orgPanelModel(profile, ctx.queries), {
      close: () => store.update({ org: null }),
      selectState: (iso3) => store.update({ org: null, selected: iso3 }),
      summitsLoading: !loaded,
    });
    panel.dataset.org = org;
    if (opening) panel.scrollTop = 0;
  };
  const unsubscribe = store.subscribe((_, changed) => {
    if (changed.has('org') && store.state.org === null && store.state.selected === null) {
      byId('panel').hidden = true;
      delete byId('panel').dataset.org;
    }
    if (['org', 'day', 'selected', 'orgs', 'table', 'mode', 'lens'].some((k) => changed.has(k as keyof typeof store.state))) render();
  });
  return () => {
    unsubscribe();
    legend.removeEventListener('click', onLegendClick);
    wrapper.remove();
  };
}
