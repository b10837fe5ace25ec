/**
 * Colours. Each organisation has a hue (the core four from the Okabe–Ito / Tol palettes), and
 * statuses are tints of it: full membership darkest, observers and partners lightest, suspended
 * hatched. Any of the nine can be shown together (badges, legend, panel chart), so all nine hues
 * stay apart from each other under normal vision, protanopia, deuteranopia and tritanopia
 * (palette.test.ts, CIEDE2000).
 */
import type { OrgId, Status } from '../../geodata/src/schema.js';

export const ORG_COLOURS: Record<OrgId, string> = {
  SCO: '#0072B2',
  CSTO: '#D55E00',
  EAEU: '#1B7F3B',
  CIS: '#882255',
  // Context organisations: searched on a 17-step RGB grid near a designed hue for each (NATO navy,
  // EU gold, BRICS red, OTS sky blue, GUAM olive brown) for the largest smallest CIEDE2000
  // distance to all others under the four visions; the core pair CSTO/EAEU (protanopia) stays the
  // closest pair of the nine, so adding these five costs no distinctness.
  NATO: '#113399',
  EU: '#DDAA00',
  BRICS: '#CC0011',
  OTS: '#44AADD',
  GUAM: '#665511',
};

/**
 * How strongly a status shows its organisation's hue (1 = full colour). Steps are wide enough
 * to stay apart under colour-vision deficiencies (palette.test.ts); suspended is also hatched.
 */
export const STATUS_STRENGTH: Record<Status, number> = {
  member: 1,
  associate: 0.72,
  participant: 0.72,
  suspended: 0.5,
  observer: 0.48,
  partner: 0.28,
  applicant: 0.14,
};

/** Order in the legend and table. */
export const STATUS_ORDER: Status[] = ['member', 'associate', 'participant', 'suspended', 'observer', 'partner', 'applicant'];

export const STATUS_LABELS: Record<Status, string> = {
  member: 'Member',
  associate: 'Associate member',
  participant: 'Participant (not ratified)',
  suspended: 'Suspended / frozen',
  observer: 'Observer',
  partner: 'Partner (dialogue partner)',
  applicant: 'Applicant',
};

export const BASE_COLOURS = {
  sea: '#dde6ed',
  land: '#f3f0e8',
  landOutside: '#e9e6dd',
  border: '#8f8b83',
  coast: '#9bb0c0',
  graticule: '#c9d5de',
  label: '#2b2b2b',
  labelHalo: '#ffffff',
  selected: '#111111',
  hover: '#444444',
  disputed: '#5a5a5a',
  ussr: '#b33a3a',
};

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** Mix a hue into the land colour: strength 1 = the hue, 0 = land. */
export function tint(hex: string, strength: number, base: string = BASE_COLOURS.land): string {
  const a = hexToRgb(hex);
  const b = hexToRgb(base);
  return rgbToHex([0, 1, 2].map((i) => b[i]! + (a[i]! - b[i]!) * strength) as [number, number, number]);
}

export function statusColour(org: OrgId, status: Status): string {
  return tint(ORG_COLOURS[org], STATUS_STRENGTH[status]);
}

/**
 * Sequential warm-grey scale for "of how many shown organisations is the state a full member",
 * kept free of the organisations' hues so the per-organisation badges stand out on it. Index n is
 * n full memberships; five steps because no state is a full member of more than five of the nine
 * (Russia and Kyrgyzstan reach five); a sixth would take the last.
 */
export const COUNT_COLOURS = ['#f3f0e8', '#e3d7bf', '#c9b48d', '#a88d62', '#7f6844', '#55432a'];
/** In the count view: a status in a shown organisation, but no full membership. */
export const COUNT_OTHER_STATUS = '#ebe6da';

/** Badge fill for a status in the overlap view: full colour, tint, grey (suspended) or hollow. */
export function badgeFill(org: OrgId, status: Status): string {
  if (status === 'suspended') return '#9a9a9a';
  if (status === 'observer' || status === 'partner' || status === 'applicant') return '#ffffff';
  return statusColour(org, status);
}

/** Change map: joined, left, status changed (Okabe–Ito blue, vermilion, yellow). */
export const CHANGE_COLOURS = { joined: '#0072B2', left: '#D55E00', changed: '#F0E442' } as const;

/**
 * Trade lens (issue 18): share of a state's goods trade with one partner, on a sequential scale
 * (viridis steps, light to dark: lightness alone orders them, so they survive colour-vision
 * deficiencies; palette.test.ts checks). Upper bounds of the bins as fractions; the last is open.
 */
export const LENS_SHARE_BINS = [0.05, 0.1, 0.2, 0.3, 0.5] as const;
export const LENS_SHARE_COLOURS = ['#fde725', '#8fd744', '#35b779', '#21908d', '#31688e', '#443983'] as const;
/** "China or Russia": China's share minus Russia's; negative bins (Russia larger) purple, positive (China larger) orange (PuOr). */
export const LENS_DIVERGING_BINS = [-0.2, -0.05, 0, 0.05, 0.2] as const;
export const LENS_DIVERGING_COLOURS = ['#542788', '#998ec3', '#d8daeb', '#fee0b6', '#f1a340', '#b35806'] as const;
/** No share on the same basis (never drawn as zero). */
export const LENS_NO_DATA = '#c4c4c4';
