/** Saves CSV text as a file through the browser's download (a blob URL; nothing leaves the machine). */
export function downloadCsv(filename: string, text: string): void {
  // A byte-order mark so spreadsheet programs read the names' non-ASCII letters as UTF-8.
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
