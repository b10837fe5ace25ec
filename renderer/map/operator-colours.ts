/**
 * Marker colours for the overlay layers: bases by operating state, events by kind. Chosen dark and
 * saturated so a marker with a white ring reads on the pale land tints and on the sea, and apart
 * from one another (red Russia, blue United States, …).
 */
import type { AtlasEvent } from '../../geodata/src/schema.js';

export const OPERATOR_COLOURS: Readonly<Record<string, string>> = {
  RUS: '#c62828',
  USA: '#172a7a',
  CHN: '#b8860b',
  TUR: '#00897b',
  IND: '#ef6c00',
  DEU: '#37474f',
  FRA: '#7b1fa2',
  GBR: '#6d4c41',
  ITA: '#9e9d24',
  JPN: '#ad1457',
  GRC: '#0277bd',
  CAN: '#2e7d32',
  CZE: '#00acc1',
  NLD: '#e91e63',
  BEL: '#000000',
  IRN: '#43a047',
  ARE: '#5c6bc0',
  ESP: '#827717',
  SYR: '#004d40',
  KOR: '#039be5',
};
/** Any operator without its own colour. */
export const OTHER_OPERATOR_COLOUR = '#8d8d8d';

export function operatorColour(iso3: string): string {
  return OPERATOR_COLOURS[iso3] ?? OTHER_OPERATOR_COLOUR;
}

export type EventCategory = 'summit' | 'exercise' | 'conflict' | 'other';

/** Event markers also differ from base markers by their dark ring (bases have a white one). */
export const EVENT_CATEGORY_COLOURS: Readonly<Record<EventCategory, string>> = {
  summit: '#1d232a',
  exercise: '#66a61e',
  conflict: '#e7298a',
  other: '#7570b3',
};
export const EVENT_RING_COLOUR = '#1d232a';

export const EVENT_CATEGORY_LABELS: Readonly<Record<EventCategory, string>> = {
  summit: 'Summit',
  exercise: 'Joint exercise',
  conflict: 'War, clash or attack',
  other: 'Treaty, accession, deployment, other',
};

export function eventCategory(type: AtlasEvent['type']): EventCategory {
  if (type === 'summit') return 'summit';
  if (type === 'exercise') return 'exercise';
  if (type === 'war' || type === 'clash' || type === 'attack') return 'conflict';
  return 'other';
}
