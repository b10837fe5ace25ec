/**
 * Adds the "Export…" button to a toolbar and the export dialog to the page. Call once, after the
 * app is built. (window.atlasExport is installed under automation only: renderer/app/mount-automation.ts.)
 */
import type { AtlasContext } from '../../atlas-context.js';
import { h } from '../../dom/dom.js';
import { ExportDialog } from './export-dialog.js';

const dialogs = new WeakMap<AtlasContext, ExportDialog>();

/** The context's export dialog, created on first use (native menus may ask before the toolbar exists). */
export function exportDialogFor(ctx: AtlasContext): ExportDialog {
  let dialog = dialogs.get(ctx);
  if (!dialog) {
    dialog = new ExportDialog(ctx);
    dialogs.set(ctx, dialog);
  }
  return dialog;
}

export function mountExportControls(toolbar: HTMLElement, ctx: AtlasContext): void {
  const dialog = exportDialogFor(ctx);
  const button = h('button', { type: 'button', id: 'export-open', 'aria-haspopup': 'dialog', 'aria-controls': 'export-dialog', title: 'Export PNG, SVG or a PDF briefing' }, 'Export…');
  button.addEventListener('click', () => dialog.open(undefined, button));
  toolbar.append(button);
}
