/**
 * A text description of an exported map — who is coloured how, the date, the source — for the
 * SVG's <desc>, the PNG's iTXt "Description" and the PDF's figure alt text (as Datawrapper does),
 * for screen readers and the briefing's archive. One pure function used by all three.
 */
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import type { AtlasQueries } from '../../geodata/src/queries.js';
import type { OrgId, Status } from '../../geodata/src/schema.js';
import { STATUS_LABELS, STATUS_ORDER } from '../map/palette.js';
import type { ViewMode } from '../state/app-state.js';

/** The organisations' hues in words (palette.ts ORG_COLOURS). */
export const ORG_HUE_NAMES: Record<OrgId, string> = {
  SCO: 'blue',
  CSTO: 'vermilion',
  EAEU: 'green',
  CIS: 'wine red',
  NATO: 'indigo',
  EU: 'gold',
  BRICS: 'magenta',
  OTS: 'sky blue',
  GUAM: 'olive',
};

/** States named per group before "and N more". */
export const DESCRIBE_NAMES = 12;

function names(list: string[]): string {
  const sorted = [...list].sort((a, b) => a.localeCompare(b));
  const shown = sorted.slice(0, DESCRIBE_NAMES);
  return sorted.length > shown.length ? `${shown.join(', ')} and ${sorted.length - shown.length} more` : shown.join(', ');
}

export function describeMap(queries: AtlasQueries, view: { day: IsoDay; orgs: readonly OrgId[]; mode: ViewMode }): string {
  const { day, orgs, mode } = view;
  const name = (c: string): string => queries.statesByIso.get(c)?.name ?? c;
  const table = queries.statusesOn(orgs, day);
  const date = formatPartialDate(day);
  const info = queries.data.info;
  const source = `Source: ${info.title} ${info.version} (treaty texts, the organisations’ records and cited news, checked to ${formatPartialDate(info.asOf)}); borders Natural Earth.`;
  const bodies = orgs.map((o) => `${o} (${queries.bodiesOn(o, day).map((b) => b.name).join(' / ') || 'not in force'})`).join(', ');
  if (mode === 'count' || orgs.length > 1) {
    const groups = new Map<number, string[]>();
    for (const [iso3, statuses] of table) {
      const n = orgs.filter((o) => statuses[o] === 'member').length;
      groups.set(n, [...(groups.get(n) ?? []), name(iso3)]);
    }
    const parts = [...groups.entries()]
      .sort((a, b) => b[0] - a[0])
      .map(([n, list]) => (n === 0 ? `another status only, palest (${list.length}): ${names(list)}` : `full member of ${n} of ${orgs.length}, ${n === orgs.length ? 'darkest' : 'lighter'} brown (${list.length}): ${names(list)}`));
    return `Map of Eurasia as of ${date}: states shaded by how many of ${bodies} they are full members of — ${parts.join('; ')}. Other states plain; disputed areas hatched. ${source}`;
  }
  const org = orgs[0]!;
  const byStatus = new Map<Status, string[]>();
  for (const [iso3, statuses] of table) {
    const s = statuses[org];
    if (s) byStatus.set(s, [...(byStatus.get(s) ?? []), name(iso3)]);
  }
  const hue = ORG_HUE_NAMES[org];
  const parts = STATUS_ORDER.filter((s) => byStatus.has(s)).map((s) => {
    const shade = s === 'member' ? `full ${hue}` : s === 'suspended' ? `${hue} tint, hatched` : `lighter ${hue} tint`;
    return `${STATUS_LABELS[s].toLowerCase()}, ${shade} (${byStatus.get(s)!.length}): ${names(byStatus.get(s)!)}`;
  });
  return `Map of Eurasia as of ${date}: states coloured by their status in ${bodies} — ${parts.length ? parts.join('; ') : 'no state holds a status'}. Other states plain; disputed areas hatched. ${source}`;
}
