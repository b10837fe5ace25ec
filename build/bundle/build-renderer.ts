/**
 * Bundles the renderer into dist/renderer: app.js (esbuild), the HTML, CSS, bundled fonts,
 * MapLibre's worker and every geodata file. The result runs from any static origin (the
 * Electron app protocol or `npm run serve`) with no network.
 *
 *   npx tsx build/bundle/build-renderer.ts [--minify=false]
 */
import { build, type Plugin } from 'esbuild';
import { cpSync, mkdirSync, rmSync, copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCountryTiles } from './country-tiles.js';
import { manifestSchema, startManifest } from '../../geodata/src/atlas-data.js';
import { DETAILS_BUNDLE, START_BUNDLE, detailsBundleSchema, startBundleSchema, type DetailsBundle, type StartBundle } from '../../geodata/src/atlas-bundles.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
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
  for (const f of ['index.html', 'styles.css', 'fonts.css', 'panels/panels.css', 'export/ui/export.css', 'user-data/user-data.css']) {
    mkdirSync(dirname(join(RENDERER_OUT, f)), { recursive: true });
    copyFileSync(join(ROOT, 'renderer', f), join(RENDERER_OUT, f));
  }
  const maplibreDist = join(ROOT, 'node_modules', 'maplibre-gl', 'dist');
  copyFileSync(join(maplibreDist, 'maplibre-gl.css'), join(RENDERER_OUT, 'maplibre-gl.css'));
  copyFileSync(join(maplibreDist, 'maplibre-gl-worker.mjs'), join(RENDERER_OUT, 'maplibre-gl-worker.mjs'));
  const fontDir = join(ROOT, 'node_modules', '@fontsource', 'noto-sans', 'files');
  for (const f of readdirSync(fontDir).filter((n) => FONT_FILES.test(n))) copyFileSync(join(fontDir, f), join(RENDERER_OUT, 'fonts', f));
  cpSync(join(ROOT, 'geodata', 'data'), join(RENDERER_OUT, 'geodata'), { recursive: true });
  writeCountryTiles(join(RENDERER_OUT, 'geodata'));
  writeStartBundles();
}

/** Every `source` id cited anywhere in a parsed JSON value. */
function citedIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedIds(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' && typeof v === 'string') into.add(v);
      else citedIds(v, into);
    }
  }
  return into;
}

/**
 * Two files with what the atlas reads (the manifest's files, keyed by path), so start-up makes
 * one request instead of two dozen. The start bundle holds what the first map needs: the dataset
 * info, the states, the memberships and the sources they cite. The details bundle holds the
 * bases, the events and the sources only they cite, which the app fetches right after the map is
 * up (about a fifth of the data, but most of the parse time). The separate files stay beside them.
 */
export interface AtlasBundles {
  start: StartBundle;
  details: DetailsBundle;
}

/** The two bundles built from a geodata folder (pure apart from reading it). */
export function atlasBundles(dir: string = join(ROOT, 'geodata', 'data')): AtlasBundles {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  const parsed = new Map<string, unknown>();
  const read = (p: string): unknown => {
    if (!parsed.has(p)) parsed.set(p, JSON.parse(readFileSync(join(dir, p), 'utf8')) as unknown);
    return parsed.get(p);
  };
  const startCites = citedIds([manifest.states, ...manifest.memberships].map(read));
  // A sources file goes to the start bundle if anything the first map shows cites it.
  const laterSources = manifest.sources.filter((p) => !(read(p) as { sources: { id: string }[] }).sources.some((s) => startCites.has(s.id)));
  const start = startManifest(manifest, laterSources);
  const startPaths = [start.info, start.states, ...start.memberships, ...start.sources];
  const detailPaths = [...laterSources, ...manifest.bases, ...manifest.events];
  const files = (paths: string[]) => Object.fromEntries(paths.map((p) => [p, read(p)]));
  // The disputed areas' names and dates (the map draws their shapes from borders/disputed.geojson).
  const disputed = (read(join('borders', 'disputed.geojson')) as { features: { properties: unknown }[] }).features.map((f) => f.properties);
  // Parsed with the schemas the renderer reads them with: a bundle the app would refuse is not written.
  return {
    start: startBundleSchema.parse({ manifest, laterSources, files: files(startPaths), disputed }),
    details: detailsBundleSchema.parse({ files: files(detailPaths) }),
  };
}

function writeStartBundles(): void {
  const bundles = atlasBundles();
  writeFileSync(join(RENDERER_OUT, 'geodata', START_BUNDLE), JSON.stringify(bundles.start));
  writeFileSync(join(RENDERER_OUT, 'geodata', DETAILS_BUNDLE), JSON.stringify(bundles.details));
}

export { START_BUNDLE, DETAILS_BUNDLE };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const minify = !process.argv.includes('--minify=false');
  await buildRenderer(minify);
  console.log(`renderer built into ${RENDERER_OUT}`);
}
