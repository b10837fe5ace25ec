/**
 * `npm run serve [-- --port N]`: builds the renderer and serves the atlas to any browser on
 * localhost. Stops on Ctrl+C, on a signal sent to npm's PID, or when npm goes away.
 */
import { buildRenderer, RENDERER_OUT } from '../bundle/build-renderer.js';
import { startStaticServer } from './static-server.js';
import { parseServeArgs } from './serve-args.js';
import { stopWithParent } from './stop-with-parent.js';

const parsed = parseServeArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.error);
  process.exit(2);
}
if (parsed.build) await buildRenderer();
try {
  const { server, url } = await startStaticServer(RENDERER_OUT, parsed.port);
  console.log(`Eurasian Alliances Atlas is being served at ${url}  (Ctrl+C to stop)`);
  stopWithParent((why) => {
    console.log(`Stopping the server: ${why}.`);
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${parsed.port} is in use; choose another with --port N.` : `Cannot start the server: ${String(error)}`);
  process.exit(1);
}
