/** Turns what @electron/get, fetch or the checksum check threw into one sentence a person can act on. */

/** The watchdog's reason for aborting a download that went silent. */
export class SilenceError extends Error {
  constructor(readonly ms: number) {
    super(`no answer for ${Math.round(ms / 1000)} s`);
  }
}

/** One line a person can act on, from whatever @electron/get, fetch or the checksum check threw. */
export function describeDownloadFailure(error: unknown, version: string): string {
  if (error instanceof SilenceError) return `the download of Electron ${version} got no answer for ${Math.round(error.ms / 1000)} s and was stopped`;
  const cause = (error as { cause?: { code?: string; hostname?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `the download of Electron ${version} failed: the host${cause?.hostname ? ` ${cause.hostname}` : ''} could not be found (no network, or DNS is blocked)`;
  }
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ENETUNREACH' || code === 'EHOSTUNREACH' || code === 'UND_ERR_SOCKET') {
    return `the download of Electron ${version} was refused (${code}): the network or the mirror does not allow it`;
  }
  const text = errorText(error);
  if (/Response code \d+/.test(text)) return `the download of Electron ${version} was refused by the server: ${text}`;
  if (/checksum|hash|No checksum/i.test(text)) return `the download of Electron ${version} did not match its published checksum: ${text}`;
  return `the download of Electron ${version} failed: ${text}${cause?.message && !text.includes(cause.message) ? ` (${cause.message})` : ''}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
