/** The words on an exported page: title, "as of" stamp, source line and attribution. */
import type { AtlasQueries } from '../../../geodata/src/queries.js';
import { formatPartialDate, type IsoDay } from '../../../geodata/src/partial-date.js';
import type { OrgId } from '../../../geodata/src/schema.js';
import type { ViewMode } from '../../state/app-state.js';
import type { PageTexts } from '../svg/svg-document.js';
import { describeMap } from '../describe-map.js';
import { BORDERS_VIEW_TEXT, withOccupiedNote, type BordersView } from '../../state/borders-view.js';

export const ATTRIBUTION = 'Eurasian Alliances Atlas';
export const BORDERS_LINE = 'Borders: Natural Earth; Crimea shown as Ukrainian (UN GA res. 68/262). Hatched: disputed, occupied or breakaway areas.';

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function defaultTitle(orgs: readonly OrgId[], mode: ViewMode): string {
  if (mode === 'count' && orgs.length > 1) return `Full memberships in the ${list(orgs)}`;
  return `${list(orgs)} membership`;
}

export function asOfText(day: IsoDay): string {
  return `As of ${formatPartialDate(day)}`;
}

export function pageTexts(queries: AtlasQueries, view: { day: IsoDay; orgs: readonly OrgId[]; mode: ViewMode; borders?: BordersView }, wanted: { title: string; subtitle: string }): PageTexts {
  const info = queries.data.info;
  return {
    title: wanted.title.trim() || defaultTitle(view.orgs, view.mode),
    subtitle: wanted.subtitle.trim(),
    asOf: asOfText(view.day),
    footer: [
      `Sources: treaty texts, the organisations\u2019 records and cited news, as compiled in ${info.title} ${info.version} (checked to ${formatPartialDate(info.asOf)}).`,
      withOccupiedNote(view.borders === 'defacto' ? `Borders: Natural Earth; ${BORDERS_VIEW_TEXT.defacto.replace(/^Borders: /, '')}` : BORDERS_LINE, view.day),
    ],
    attribution: ATTRIBUTION,
    description: describeMap(queries, view),
  };
}
