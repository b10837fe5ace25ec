/**
 * Stops a long-running dev command (`npm run serve`) when whoever started it goes away.
 * npm forwards SIGTERM/SIGINT only to its direct child, the `sh -c` running the script; the
 * shell dies without passing the signal on, which used to leave the server running, orphaned.
 * So the command stops on those signals itself, and also when its parent process changes
 * (it was re-parented because the npm process or its shell ended).
 */
export function stopWithParent(stop: (why: string) => void, intervalMs = 500): () => void {
  const parent = process.ppid;
  const onSignal = (signal: NodeJS.Signals): void => stop(`received ${signal}`);
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.once(s, onSignal);
  const timer = setInterval(() => {
    if (process.ppid !== parent) stop(`the process that started it (${parent}) has ended`);
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    for (const s of signals) process.off(s, onSignal);
  };
}
