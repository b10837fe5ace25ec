/**
 * Keeps the URL hash and the store in step (as MapLibre's Hash does for the camera): every state
 * change is written with `toHash`, and a hash the user edits or pastes is parsed back, its
 * problems shown as notices that replace the previous link's.
 *
 * The link followed is the event's `newURL`, not `location.hash` when the event is handled: a
 * state change between the navigation and the (asynchronous) event — a camera update as the map
 * settles — writes the old state's hash over it, and the link (e.g. a saved view opened from the
 * dialog) would be lost.
 */
import { parseHash, toHash } from '../state/app-state.js';
import type { AppContext, Dispose } from './app-context.js';
import type { Notices } from './mount-notices.js';

export const LINK_NOTICES = 'link';

export function mountHashSync(ctx: AppContext, notices: Notices): Dispose {
  let writing = false;
  const write = (): void => {
    const hash = toHash(ctx.store.state);
    if (hash === window.location.hash) return;
    writing = true;
    history.replaceState(null, '', hash);
    writing = false;
  };
  const onHashChange = (event: HashChangeEvent): void => {
    if (writing) return;
    const parsed = parseHash(new URL(event.newURL).hash, { today: ctx.today, isKnownState: (c) => ctx.queries.statesByIso.has(c) });
    notices.show(parsed.notices, LINK_NOTICES);
    if (parsed.state.camera) ctx.atlasMap.flyTo(parsed.state.camera);
    ctx.store.update({ ...parsed.state, camera: parsed.state.camera ?? ctx.store.state.camera });
  };
  const unsubscribe = ctx.store.subscribe(write);
  window.addEventListener('hashchange', onHashChange);
  write();
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
