/**
 * The composition root: loads the bundled facts, creates the store and the map, and mounts each
 * feature (renderer/app/mount-*.ts). Nothing here draws or decides; it only wires.
 */
import { setWorkerUrl } from 'maplibre-gl';
import { todayIso } from '../geodata/src/partial-date.js';
import type { AtlasQueries } from '../geodata/src/queries.js';
import { BrowserHost, resolveHost } from './host/browser-host.js';
import { parseHash } from './state/app-state.js';
import { AtlasMap } from './map/atlas-map.js';
import { defaultOverlayOptions } from './map/overlay-features.js';
import { loadAtlas, loadAtlasDetails, type LoadedAtlas } from './load-atlas.js';
import type { DetailsStatus } from './atlas-context.js';
import { mountOverlayControls } from './panels/overlay-controls.js';
import { mountUserData, type UserDataUi } from './user-data/mount-user-data.js';
import { mountExportControls } from './export/ui/mount-export-controls.js';
import { AppStore } from './app/app-store.js';
import type { AppContext } from './app/app-context.js';
import { byId } from './app/by-id.js';
import { mountNotices } from './app/mount-notices.js';
import { LINK_NOTICES, mountHashSync } from './app/mount-hash-sync.js';
import { mountOrgPicker } from './app/mount-org-picker.js';
import { mountTimeline } from './app/mount-timeline.js';
import { mountCompare } from './app/mount-compare.js';
import { mountMapView } from './app/mount-map-view.js';
import { mountStateViews } from './app/mount-state-views.js';
import { mountTradeLens } from './app/mount-trade-lens.js';
import { mountOrgPanel } from './app/mount-org-panel.js';
import { mountViewCommands } from './app/mount-view-commands.js';
import { mountSearch } from './app/mount-search.js';
import { mountTooltip } from './app/mount-tooltip.js';
import { isAutomation, mountAutomation } from './app/mount-automation.js';

const GEODATA_URL = new URL('geodata', document.baseURI).href.replace(/\/$/, '');
const APP_VERSION = '0.1.0';

async function start(): Promise<void> {
  performance.mark('atlas:script-start');
  setWorkerUrl(new URL('maplibre-gl-worker.mjs', document.baseURI).href);
  const today = todayIso();
  // The map needs no facts to start drawing borders: ask for the facts first (the download runs
  // while the map is set up), and create the map at once with the link's camera and projection.
  const loading = loadAtlas(GEODATA_URL);
  const early = parseHash(window.location.hash, { today, isKnownState: () => true }).state;
  const atlasMap = new AtlasMap({ container: byId('map'), geodataUrl: GEODATA_URL, camera: early.camera, projection: early.projection });
  let loaded: LoadedAtlas;
  try {
    loaded = await loading;
  } catch (error) {
    const box = byId('loading');
    box.textContent = `The atlas data could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
    box.setAttribute('role', 'alert');
    return;
  }
  performance.mark('atlas:data-ready');
  let queries: AtlasQueries = loaded.queries;
  const host = resolveHost(() => new BrowserHost(APP_VERSION, (id) => queries.sourcesById.get(id)?.url));
  const parsed = parseHash(window.location.hash, { today, isKnownState: (c) => queries.statesByIso.has(c) });
  const store = new AppStore(parsed.state);
  const notices = mountNotices(byId('notices'));
  let detailsStatus: DetailsStatus = 'loading';
  // Bases, events and their sources after the first map is fully drawn: parsing them on the main
  // thread meanwhile would hold up the map's own work by about as long as it takes.
  const detailsReady = atlasMap.whenReady().then(() => atlasMap.whenIdle()).then(async () => {
    queries = await loadAtlasDetails(GEODATA_URL, loaded);
  });
  let userData: UserDataUi | null = null;
  const ctx: AppContext = {
    get queries() {
      return queries;
    },
    host,
    geodataUrl: GEODATA_URL,
    store,
    atlasMap,
    disputed: loaded.disputed,
    today,
    detailsStatus: () => detailsStatus,
    getState: () => store.state,
    update: (patch) => store.update(patch),
    getMap: () => atlasMap.map,
    // Feature modules redraw on what they show, never on a mere pan (the camera).
    onChange: (listener) =>
      store.subscribe((state, changed) => {
        if ([...changed].some((k) => k !== 'camera')) listener(state);
      }),
    notify: (message) => notices.show([message]),
    annotations: () => userData?.store.annotations ?? [],
    overlays: () => ({ ...defaultOverlayOptions, ...store.state.overlays }),
    details: () => detailsReady,
  };
  notices.show(parsed.notices, LINK_NOTICES);

  mountOrgPicker(byId('org-picker'), ctx);
  mountViewCommands(ctx);
  mountTimeline(ctx);
  mountMapView(ctx);
  const compare = mountCompare(ctx);
  mountSearch(byId<HTMLInputElement>('state-search'), byId('search-results'), ctx);
  mountTooltip(byId('tooltip'), ctx);
  const overlays = mountOverlayControls(byId('overlay-controls'), ctx);
  // After the overlays, so annotations draw above bases and events.
  const ui = mountUserData(byId('user-data-controls'), ctx);
  userData = ui;
  mountStateViews(ctx, { renderStateNotes: (el, iso3) => ui.renderStateNotes(el, iso3) });
  mountTradeLens(byId('org-picker'), ctx);
  mountOrgPanel(byId('org-picker'), ctx);
  mountHashSync(ctx, notices);
  mountExportControls(byId('export-controls'), ctx);
  if (isAutomation(window.location.search)) mountAutomation(ctx, { compareMaps: compare.maps, details: () => detailsReady, userData: ui.inspect });

  await atlasMap.whenReady();
  performance.mark('atlas:map-loaded');
  // The first time the coloured map is completely drawn (the benchmark's cold start ends here).
  atlasMap.map.once('idle', () => performance.mark('atlas:map-idle'));
  store.refresh();
  byId('loading').hidden = true;
  document.body.dataset.ready = 'true';
  document.body.dataset.details = 'loading';
  await detailsReady.then(
    () => {
      detailsStatus = 'loaded';
      overlays.dataLoaded();
    },
    (error: unknown) => {
      detailsStatus = 'failed';
      notices.show([`Bases, events and their sources could not be loaded (${error instanceof Error ? error.message : String(error)}); the memberships are shown without them.`]);
    },
  );
  document.body.dataset.details = detailsStatus;
  store.refresh();
}

void start();
