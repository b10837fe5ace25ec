/** The progress line `npm start` shows while it downloads Electron: "Downloading Electron <version>: <n>% of <size> MB". */
export function downloadProgress(version: string, transferred: number, total: number | null): string {
  const mb = (bytes: number): string => `${(bytes / 1_048_576).toFixed(bytes < 10_485_760 ? 1 : 0)} MB`;
  if (!total) return `Downloading Electron ${version}: ${mb(transferred)}`;
  const percent = Math.min(100, Math.floor((transferred / total) * 100));
  return `Downloading Electron ${version}: ${percent}% of ${mb(total)}`;
}
