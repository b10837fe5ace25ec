/** Native menu commands "Export PNG/SVG/PDF…": open the export dialog with that format chosen. */
import type { AtlasContext } from '../../atlas-context.js';
import type { ExportFormat } from '../export-options.js';
import { exportDialogFor } from './mount-export-controls.js';

export type ExportCommand = 'export-png' | 'export-svg' | 'export-pdf';

const FORMAT_OF: Record<ExportCommand, ExportFormat> = { 'export-png': 'png', 'export-svg': 'svg', 'export-pdf': 'pdf' };

export function openExportDialogFor(command: ExportCommand, ctx: AtlasContext): void {
  exportDialogFor(ctx).open(FORMAT_OF[command], document.getElementById('export-open'));
}
