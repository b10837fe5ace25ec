/**
 * The trade lens in an export: each state's fill and hatching, the legend and the page texts,
 * from the same lens index and lensStyle as the live map (mount-trade-lens), so an exported trade
 * map says what the screen says.
 */
import type { IsoDay } from '../../geodata/src/partial-date.js';
import type { AtlasQueries } from '../../geodata/src/queries.js';
import { lensFromIndex, type LensChoice, type LensIndex } from '../../geodata/src/trade-lens.js';
import { lensLegend, lensStyle } from '../map/trade-lens-layer.js';
import type { LegendModel } from '../panels/legend.js';
import { formatPartialDate } from '../../geodata/src/partial-date.js';

export interface ExportLens {
  fills: Map<string, { fill: string; hatch: boolean }>;
  legend: LegendModel;
  title: string;
  source: string;
  notes: string[];
}

export function exportLens(queries: AtlasQueries, index: LensIndex, choice: LensChoice, day: IsoDay): ExportLens {
  const year = Number(day.slice(0, 4));
  const fills = new Map(
    queries.data.states.map((s) => {
      const style = lensStyle(lensFromIndex(index, s.iso3, year), choice);
      return [s.iso3, { fill: style.fill, hatch: style.hatch }] as const;
    }),
  );
  const l = lensLegend(choice, year);
  return {
    fills,
    legend: {
      asOf: `As of ${formatPartialDate(day)}`,
      bodies: [],
      mode: 'status',
      keys: [...l.steps.map((s) => ({ colour: s.colour, label: s.label, hatched: false })), { colour: l.noData.colour, label: l.noData.label, hatched: false }, { colour: '#ffffff', label: l.hatch, hatched: true }],
      badges: [],
    },
    title: l.title,
    source: l.source,
    notes: l.notes,
  };
}
