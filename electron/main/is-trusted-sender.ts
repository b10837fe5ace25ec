import { isAppUrl } from './is-app-url.js';

/** The parts of Electron's WebFrameMain that identify a frame (tests build plain objects). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/**
 * Did an IPC message come from the atlas itself? The sending frame must be the top frame of
 * our window (same process and routing id as its main frame, no parent) and must currently
 * show atlas://app/. A subframe, another window, or our window after it somehow navigated
 * elsewhere are all refused. `null` (a frame that navigated or was destroyed) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null, mainFrame: SenderFrame | null): boolean {
  if (!frame || !mainFrame) return false;
  return (
    frame.parent === null &&
    frame.processId === mainFrame.processId &&
    frame.routingId === mainFrame.routingId &&
    isAppUrl(frame.url)
  );
}
