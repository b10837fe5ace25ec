/**
 * Points of view on contested borders. 'dejure' (default): the internationally recognised
 * borders (Crimea part of Ukraine, UN General Assembly resolution 68/262; breakaway regions part
 * of their states), contested areas hatched. 'defacto': who holds the ground — Crimea coloured as
 * Russia from March 2014, breakaway and occupied areas drawn outside their state's colour, still
 * hatched. Natural Earth's polygons already follow the lines of control in Kashmir and Aksai Chin,
 * so those areas look the same in both views.
 */
export const BORDERS_VIEWS = ['dejure', 'defacto'] as const;
export type BordersView = (typeof BORDERS_VIEWS)[number];
export const DEFAULT_BORDERS_VIEW: BordersView = 'dejure';

export function isBordersView(value: string): value is BordersView {
  return (BORDERS_VIEWS as readonly string[]).includes(value);
}

/** One line for the legend and the export footer: which view is drawn. */
export const BORDERS_VIEW_TEXT: Record<BordersView, string> = {
  dejure: 'Borders: internationally recognised (Crimea drawn as part of Ukraine, UN GA res. 68/262); contested areas hatched.',
  defacto: 'Borders: de facto control (Crimea drawn as held by Russia from March 2014; breakaway and occupied areas outside their state’s colour); contested areas hatched.',
};

/** From Russia's full-scale invasion of Ukraine (24 February 2022) the map says what it cannot draw. */
export const OCCUPIED_SINCE_2022 = '2022-02-24';
export const OCCUPIED_SINCE_2022_TEXT = 'Areas of Ukraine occupied since 2022 beyond Crimea and the 2014 Donbas line are not outlined: the data has no sourced outline for them.';

/** `line` with, from 24 February 2022, the sentence on what the map cannot outline (the legend's and the export footer's rule). */
export function withOccupiedNote(line: string, day: string): string {
  return day >= OCCUPIED_SINCE_2022 ? `${line} ${OCCUPIED_SINCE_2022_TEXT}` : line;
}

/** The legend's line for the view on the day. */
export function bordersViewText(view: BordersView, day: string): string {
  return withOccupiedNote(BORDERS_VIEW_TEXT[view], day);
}

/** The fill of a contested area in the de facto view, or null where the view changes nothing. */
export function controlFill(control: string | undefined, fillOfState: (iso3: string) => string, land: string): string | null {
  if (control === undefined) return null;
  return control === 'self' ? land : fillOfState(control);
}
