/**
 * Prints an HTML document through the browser's print dialog (where "Save as PDF" writes the
 * briefing), from a hidden same-origin frame so the document's fonts load like the app's.
 */
export async function printHtml(html: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.className = 'export-print-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;border:0;visibility:hidden;';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow;
    if (!win) throw new Error('The print layout could not be opened');
    await win.document.fonts.ready;
    // print() returns when the dialog closes.
    win.print();
  } finally {
    frame.remove();
  }
}
