/** File names an export suggests: what, when and which organisations, e.g. "atlas-2024-12-31-sco-csto.png". */
import type { IsoDay } from '../../../geodata/src/partial-date.js';
import type { OrgId } from '../../../geodata/src/schema.js';
import type { ExportFormat } from '../export-options.js';

export function suggestedFileName(format: ExportFormat, day: IsoDay, orgs: readonly OrgId[]): string {
  const what = format === 'pdf' ? 'briefing' : 'atlas';
  return `${what}-${day}-${orgs.map((o) => o.toLowerCase()).join('-')}.${format}`;
}
