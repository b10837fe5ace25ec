/**
 * Produces an export of the current view: PNG bytes, SVG bytes, or the PDF briefing as an HTML
 * print document (Chromium prints it: the CLI through Playwright, the app through the print
 * dialog). The one place that turns app state and options into a finished file.
 */
import { isIsoDay } from '../../geodata/src/partial-date.js';
import type { AtlasContext } from '../atlas-context.js';
import { loadTrade } from '../load-atlas.js';
import { legendModel } from '../panels/legend.js';
import { loadBorderData } from './svg/border-data.js';
import { briefingHtml, briefingPage } from './briefing/briefing-html.js';
import { briefingModel, defaultCompareDay } from './briefing/briefing-model.js';
import { canvasMeasure, loadExportFonts } from './layout/canvas-measure.js';
import { composePage, encodePng } from './png/compose-png.js';
import { exportFocus, exportFrame } from './layout/export-frame.js';
import { exportOverlays, overlaysShown } from './export-overlays.js';
import { defaultExportOptions, type ExportOptions } from './export-options.js';
import { checkExportOptions } from './export-request.js';
import { legendLayout, overlayKeyLayout } from './layout/legend-layout.js';
import { coverageShapes } from './layout/map-coverage.js';
import { pngPageLayout } from './png/png-page-layout.js';
import { pngLeaderLabels } from './png/png-leader-labels.js';
import { statusFocus, statusFrame } from './layout/status-frame.js';
import { pageGeometry } from './layout/page-geometry.js';
import { pageTexts } from './layout/page-texts.js';
import { renderMapImage } from './png/render-map-image.js';
import { isSovietUnionDrawn, sovietRepublicsOn } from './svg/soviet-union.js';
import { suggestedFileName } from './layout/suggested-file-name.js';
import { svgDocument } from './svg/svg-document.js';
import { svgMapLayer } from './svg/svg-map-layer.js';
import { escapeXml } from './svg/escape-xml.js';
import { exportLens } from './export-lens.js';
import { orgProfile } from '../../geodata/src/org-profile.js';
import { weightDataSchema } from '../../geodata/src/weight-queries.js';
import { orgPanelModel } from '../panels/org-panel.js';
import { loadLensIndex } from '../app/mount-trade-lens.js';

export interface ExportDetails {
  width?: number;
  height?: number;
  dpi?: number;
  /** Map tiles drawn (PNG); more than one when the page exceeds the GPU's canvas limit. */
  tiles?: number;
  maxTile?: number;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  /** The Mercator camera of a PNG's map, so tests can find places in the image. */
  camera?: { lng: number; lat: number; zoom: number } | null;
  /** Device pixels per CSS pixel of a PNG's map. */
  pixelRatio?: number;
  /** A PNG's map rectangle in pixels. */
  mapRect?: { x: number; y: number; width: number; height: number };
}

export type ExportOutput =
  | { kind: 'file'; format: 'png' | 'svg'; mime: 'image/png' | 'image/svg+xml'; suggestedName: string; data: Uint8Array; details: ExportDetails }
  | { kind: 'print'; format: 'pdf'; suggestedName: string; html: string; cssPageSize: string; details: ExportDetails };

export class ExportOptionsError extends Error {
  override name = 'ExportOptionsError';
}

function timer(): { lap(name: string): void; timings: Record<string, number> } {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const start = t;
  return {
    timings,
    lap(name) {
      const now = performance.now();
      timings[name] = Math.round(now - t);
      timings.total = Math.round(now - start);
      t = now;
    },
  };
}

/** Knobs for tests only (never set by the dialog or the command). */
export interface ExportTesting {
  /** Draw the PNG's map in tiles of at most this many pixels, to test the tiling on any GPU. */
  maxTile?: number;
}

export async function runExport(ctx: AtlasContext, wanted: Partial<ExportOptions>, testing: ExportTesting = {}): Promise<ExportOutput> {
  // The one export-request schema decides, whoever asked (dialog, command line, automation).
  const checked = checkExportOptions({ ...defaultExportOptions, ...wanted, states: (wanted.states ?? []).map((st) => st.toUpperCase()) });
  if (!checked.ok) throw new ExportOptionsError(`The export option "${checked.field}" is not accepted; use ${checked.accepted}`);
  const options: ExportOptions = checked.options;
  const state = ctx.getState();
  const { day, orgs, mode } = state;
  const { queries } = ctx;
  const t = timer();
  // The trade lens, when on, colours the export as it colours the screen.
  const lens = state.lens ? exportLens(queries, await loadLensIndex(ctx.geodataUrl), state.lens, day) : null;
  const memberTexts = pageTexts(queries, { day, orgs, mode, borders: state.borders }, options);
  const texts = lens
    ? {
        ...memberTexts,
        title: options.title.trim() || lens.title,
        footer: [`${lens.source} ${lens.notes.join(' ')}`.trim(), memberTexts.footer[1]] as typeof memberTexts.footer,
        description: `${lens.title}: each state coloured by that share (darker: larger); grey: no data, never zero; hatched: estimated or partner-reported figures. ${memberTexts.asOf}. ${lens.source}`,
      }
    : memberTexts;
  const legend = lens?.legend ?? legendModel(queries, orgs, day, mode);
  const statuses = queries.statusesOn(orgs, day);
  const borders = await loadBorderData(ctx.geodataUrl);
  const shapes = coverageShapes(borders.countries, statuses, orgs);
  const coloured = shapes.filter((s) => s.coloured);
  const about = statusFrame(coloured);
  const frame = exportFrame(state, ctx.getMap(), about);
  const focus = exportFocus(state, ctx.getMap(), about, statusFocus(coloured));
  const sovietUnion = isSovietUnionDrawn(day);
  // The republics inside the USSR on the day (none from 26 December 1991), for every format.
  const republics = sovietRepublicsOn(borders, day);
  const live = ctx.overlays();
  const overlayChoice = options.overlays ?? overlaysShown(live);
  // Bases, events and their sources arrive after the first map; an export waits for them.
  const detailsOk = await ctx.details().then(() => true, () => false);
  if (!detailsOk && (options.format === 'pdf' || overlayChoice.length > 0)) {
    throw new ExportOptionsError('The bases, events and their sources could not be loaded, so this export cannot include them; export a PNG or SVG without overlays');
  }
  const overlays = exportOverlays({
    bases: queries.data.bases,
    events: queries.data.events,
    day,
    show: overlayChoice,
    eventYears: live.eventYears,
    stateName: (iso3) => queries.statesByIso.get(iso3)?.name ?? iso3,
  });
  await loadExportFonts();
  const measure = canvasMeasure();

  if (options.format === 'png') {
    const page = pageGeometry(options.size, options.dpi);
    const legendBox = legendLayout(legend, measure);
    const overlayKey = overlayKeyLayout(overlays.legend, measure);
    const { layout, mapDevice } = pngPageLayout({ page, texts, legend: legendBox, overlayKey, projection: state.projection, frame, shapes, markers: overlays.markers, measure });
    const { x, y, width, height } = mapDevice;
    t.lap('prepare');
    const map = await renderMapImage({
      geodataUrl: ctx.geodataUrl,
      statuses,
      orgs,
      mode,
      day,
      sovietUnion,
      disputed: borders.disputed.features.map((f) => f.properties),
      bordersView: state.borders,
      ...(lens ? { fills: lens.fills } : {}),
      projection: state.projection,
      frame,
      deviceWidth: width,
      deviceHeight: height,
      ratio: page.scale,
      annotations: ctx.annotations(),
      overlays: { bases: queries.data.bases, events: queries.data.events, show: overlayChoice, eventYears: live.eventYears },
      stateIds: ctx.queries.data.states.map((s) => s.iso3),
      ...(testing.maxTile !== undefined ? { maxTile: testing.maxTile } : {}),
    });
    t.lap('map');
    const boxes = layout.legendOnMap ? [layout.legend, ...(layout.overlayKey ? [layout.overlayKey] : [])] : [];
    const leaderLabels = map.camera
      ? pngLeaderLabels({ labels: borders.labels, statuses, orgs, labelled: map.labelled, camera: map.camera, map: layout.map, measure, avoid: boxes, hidden: republics, shapes })
      : [];
    const canvas = composePage({ page, layout, legend: legendBox, overlayKey, texts, map: map.canvas, mapDevice: { x, y }, leaderLabels });
    t.lap('compose');
    const data = await encodePng(canvas, page.dpi, texts);
    t.lap('encode');
    return {
      kind: 'file',
      format: 'png',
      mime: 'image/png',
      suggestedName: suggestedFileName('png', day, orgs),
      data,
      details: { width: page.widthPx, height: page.heightPx, dpi: page.dpi, tiles: map.tiles, maxTile: map.maxTile, camera: map.camera, pixelRatio: page.scale, mapRect: { x, y, width, height }, timings: t.timings },
    };
  }

  t.lap('prepare');

  if (options.format === 'svg') {
    const svg = svgDocument({ borders, bordersView: state.borders, ...(lens ? { fills: lens.fills } : {}), statuses, orgs, mode, day, sovietUnion, sovietRepublics: republics, projection: options.projection, frame, focus, measure, size: options.size, texts, legend, annotations: ctx.annotations(), overlays });
    t.lap('svg');
    return { kind: 'file', format: 'svg', mime: 'image/svg+xml', suggestedName: suggestedFileName('svg', day, orgs), data: new TextEncoder().encode(svg), details: { timings: t.timings } };
  }

  let page;
  try {
    page = briefingPage(options.size);
  } catch (error) {
    throw new ExportOptionsError(error instanceof Error ? error.message : String(error));
  }
  const compare = options.compare ?? state.compare?.day ?? defaultCompareDay(day);
  if (!isIsoDay(compare)) throw new ExportOptionsError(`Comparison date "${compare}" is not a date (YYYY-MM-DD)`);
  if (compare >= day) throw new ExportOptionsError(`The comparison date ${compare} must be before the shown date ${day}`);
  const states = options.states.length > 0 ? options.states.map((s) => s.toUpperCase()) : state.selected ? [state.selected] : [];
  const unknown = states.filter((s) => !queries.statesByIso.has(s));
  if (unknown.length > 0) throw new ExportOptionsError(`Unknown state${unknown.length > 1 ? 's' : ''} ${unknown.map((s) => `"${s}"`).join(', ')}; use ISO 3166 alpha-3 codes such as KAZ`);
  const trade = new Map(await Promise.all(states.map(async (s) => [s, await loadTrade(ctx.geodataUrl, s)] as const)));
  const model = briefingModel({ queries, day, orgs, compare, states, legend, title: texts.title, subtitle: texts.subtitle, trade });
  const rect = { x: 0, y: 0, width: page.coverMap.width, height: page.coverMap.height };
  const cover = svgMapLayer({ borders, bordersView: state.borders, ...(lens ? { fills: lens.fills } : {}), statuses, orgs, mode, day, sovietUnion, sovietRepublics: republics, projection: options.projection, frame, focus, measure, rect, idPrefix: 'cover-', markers: overlays.markers });
  const coverMapSvg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${rect.width} ${rect.height}" width="${rect.width}" height="${rect.height}" font-family="Noto Sans, sans-serif" role="img" aria-label="${escapeXml(`${texts.title}. ${texts.description ?? `Map, ${texts.asOf}`}`)}">` +
    `<defs>${cover.defs}</defs>${cover.body}</svg>`;
  // Organisation pages: the organisation panel's model, with the World Bank weights when they load.
  const orgPages = options.orgPages
    ? await (async () => {
        const weight = await fetch(`${ctx.geodataUrl}/weight/indicators.json`)
          .then(async (r) => (r.ok ? weightDataSchema.parse(await r.json()) : null))
          .catch(() => null);
        return orgs.map((org) => orgPanelModel(orgProfile(queries, weight, queries.data.events, org, day), queries));
      })()
    : [];
  const html = briefingHtml({ model, size: options.size, coverMapSvg, fontsHref: 'fonts.css', overlayLegend: overlays.legend, orgPages, bordersNote: texts.footer[1] });
  t.lap('briefing');
  return { kind: 'print', format: 'pdf', suggestedName: suggestedFileName('pdf', day, orgs), html, cssPageSize: page.cssSize, details: { timings: t.timings } };
}
