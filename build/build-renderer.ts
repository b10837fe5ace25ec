/**
 * Bundles the renderer into dist/renderer: app.js (esbuild), the HTML, CSS, bundled fonts,
 * MapLibre's worker and every geodata file. The result runs from any static origin (the
 * Electron app protocol or `npm run serve`) with no network.
 *
 *   npx tsx build/build-renderer.ts [--minify=false]
 */
import { build, type Plugin } from 'esbuild';
import { cpSync, mkdirSync, rmSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_OUT = join(ROOT, 'dist', 'renderer');
const FONT_FILES = /^noto-sans-(latin|cyrillic)-(400|600|700)-normal\.woff2$/;

/**
 * Renderer bundle only: `zod` resolves to renderer/zod-namespace.ts, a `z` built from the few
 * schema functions the renderer uses, so the locales and JSON-schema tooling stay out (−350 KB).
 */
const zodSubset: Plugin = {
  name: 'zod-subset',
  setup(b) {
    const shim = join(ROOT, 'renderer', 'zod-subset.ts');
    b.onResolve({ filter: /^zod$/ }, (args) => (args.importer === shim ? undefined : { path: join(ROOT, 'renderer', 'zod-namespace.ts') }));
  },
};

export async function buildRenderer(minify = true): Promise<void> {
  rmSync(RENDERER_OUT, { recursive: true, force: true });
  mkdirSync(join(RENDERER_OUT, 'fonts'), { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'renderer', 'main.ts')],
    outfile: join(RENDERER_OUT, 'app.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [zodSubset],
  });
  for (const f of ['index.html', 'styles.css', 'fonts.css', 'panels/panels.css', 'export/export.css', 'user-data/user-data.css']) {
    mkdirSync(dirname(join(RENDERER_OUT, f)), { recursive: true });
    copyFileSync(join(ROOT, 'renderer', f), join(RENDERER_OUT, f));
  }
  const maplibreDist = join(ROOT, 'node_modules', 'maplibre-gl', 'dist');
  copyFileSync(join(maplibreDist, 'maplibre-gl.css'), join(RENDERER_OUT, 'maplibre-gl.css'));
  copyFileSync(join(maplibreDist, 'maplibre-gl-worker.mjs'), join(RENDERER_OUT, 'maplibre-gl-worker.mjs'));
  const fontDir = join(ROOT, 'node_modules', '@fontsource', 'noto-sans', 'files');
  for (const f of readdirSync(fontDir).filter((n) => FONT_FILES.test(n))) copyFileSync(join(fontDir, f), join(RENDERER_OUT, 'fonts', f));
  cpSync(join(ROOT, 'geodata', 'data'), join(RENDERER_OUT, 'geodata'), { recursive: true });
  writeStartBundle();
}

/**
 * One file with everything the atlas reads at start (the manifest's files, keyed by path), so
 * start-up makes one request instead of two dozen. The separate files stay beside it.
 */
function writeStartBundle(): void {
  const dir = join(ROOT, 'geodata', 'data');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, string | string[]>;
  const paths = Object.values(manifest).flat();
  const files = Object.fromEntries(paths.map((p) => [p, JSON.parse(readFileSync(join(dir, p), 'utf8')) as unknown]));
  // The disputed areas' names and dates (the map draws their shapes from borders/disputed.geojson).
  const disputed = (JSON.parse(readFileSync(join(dir, 'borders', 'disputed.geojson'), 'utf8')) as { features: { properties: unknown }[] }).features.map((f) => f.properties);
  writeFileSync(join(RENDERER_OUT, 'geodata', START_BUNDLE), JSON.stringify({ manifest, files, disputed }));
}

/** Name of the start bundle inside the served geodata folder. */
export const START_BUNDLE = 'start-bundle.json';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const minify = !process.argv.includes('--minify=false');
  await buildRenderer(minify);
  console.log(`renderer built into ${RENDERER_OUT}`);
}
