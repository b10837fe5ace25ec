/**
 * Hands a finished export to the host: bytes go to AtlasHost.saveFile (a native save dialog in
 * Electron, a download in a browser; the host writes atomically), the briefing to the print
 * dialog. Returns one sentence for the user.
 */
import type { AtlasHost } from '../../host/atlas-host.js';
import { printHtml } from '../briefing/print-html.js';
import type { ExportOutput } from '../run-export.js';

export async function deliverExport(host: AtlasHost, output: ExportOutput): Promise<{ ok: boolean; message: string }> {
  if (output.kind === 'print' && host.printToPdf) {
    // Electron: Chromium prints the briefing to bytes; the native save dialog keeps them.
    const data = await host.printToPdf(output.html);
    const result = await host.saveFile({ suggestedName: output.suggestedName, mime: 'application/pdf', data });
    if (result.ok) return { ok: true, message: `Saved the PDF briefing: ${result.location}` };
    if (result.cancelled) return { ok: false, message: 'Export cancelled; nothing was saved.' };
    return { ok: false, message: `The PDF was not saved: ${result.error ?? 'the host gave no reason'}.` };
  }
  if (output.kind === 'print') {
    await printHtml(output.html);
    return { ok: true, message: `Briefing sent to the print dialog (${output.cssPageSize}); choose "Save as PDF" to keep it as ${output.suggestedName}.` };
  }
  const result = await host.saveFile({ suggestedName: output.suggestedName, mime: output.mime, data: output.data });
  if (result.ok) {
    const size = output.details.width ? ` (${output.details.width} × ${output.details.height} px, ${output.details.dpi} DPI)` : '';
    return { ok: true, message: `Saved ${output.format.toUpperCase()}${size}: ${result.location}` };
  }
  if (result.cancelled) return { ok: false, message: 'Export cancelled; nothing was saved.' };
  return { ok: false, message: `The ${output.format.toUpperCase()} was not saved: ${result.error ?? 'the host gave no reason'}.` };
}
