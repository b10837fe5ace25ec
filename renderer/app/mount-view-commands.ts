/**
 * The view switches — table, globe, count view — from their toolbar buttons, the keyboard
 * (T, Escape) and the native menus, with their pressed state kept in step with the store.
 */
import type { MenuCommand } from '../host/atlas-host.js';
import { openExportDialogFor } from '../export/ui/open-export-dialog.js';
import type { AppContext, Dispose } from './app-context.js';
import { byId } from './by-id.js';

export function mountViewCommands(ctx: AppContext): Dispose {
  const { store } = ctx;
  const toggleTable = (): void => store.update({ table: !store.state.table });
  const toggleGlobe = (): void => store.update({ projection: store.state.projection === 'globe' ? 'mercator' : 'globe' });
  const toggleMode = (): void => store.update({ mode: store.state.mode === 'count' ? 'status' : 'count' });
  const toggleBorders = (): void => store.update({ borders: store.state.borders === 'defacto' ? 'dejure' : 'defacto' });
  const buttons = { table: byId('toggle-table'), globe: byId('toggle-globe'), mode: byId('toggle-mode'), borders: byId('toggle-borders') };
  buttons.borders.addEventListener('click', toggleBorders);
  buttons.table.addEventListener('click', toggleTable);
  buttons.globe.addEventListener('click', toggleGlobe);
  buttons.mode.addEventListener('click', toggleMode);

  const onKeyDown = (e: KeyboardEvent): void => {
    const target = e.target as HTMLElement;
    if (target.matches('input, select, textarea, button')) return;
    if (e.key === 't' || e.key === 'T') toggleTable();
    else if (e.key === 'Escape') store.update({ selected: null });
  };
  document.addEventListener('keydown', onKeyDown);
  const onMenuCommand = (command: MenuCommand): void => {
    if (command === 'toggle-table') toggleTable();
    else if (command === 'toggle-globe') toggleGlobe();
    else if (command === 'focus-timeline') byId('year-slider').focus();
    else if (command === 'export-png' || command === 'export-svg' || command === 'export-pdf') openExportDialogFor(command, ctx);
  };
  const offMenu = ctx.host.onMenuCommand(onMenuCommand);

  const render = (): void => {
    const { table, projection, mode } = store.state;
    buttons.table.setAttribute('aria-pressed', String(table));
    buttons.globe.setAttribute('aria-pressed', String(projection === 'globe'));
    buttons.mode.setAttribute('aria-pressed', String(mode === 'count'));
    buttons.borders.setAttribute('aria-pressed', String(store.state.borders === 'defacto'));
  };
  render();
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    offMenu();
    document.removeEventListener('keydown', onKeyDown);
    buttons.table.removeEventListener('click', toggleTable);
    buttons.globe.removeEventListener('click', toggleGlobe);
    buttons.mode.removeEventListener('click', toggleMode);
    buttons.borders.removeEventListener('click', toggleBorders);
  };
}
