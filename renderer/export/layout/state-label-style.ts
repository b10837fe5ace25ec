/** How state names are set on exported maps (the live map's state-label layer, base-style.ts). */

/** Label sizes follow MapLibre's state-label style: 0.7× size at zoom 1, 1.2× at zoom 4, 1.5× at zoom 6. */
export const LABEL_SIZE_STOPS: [number, number][] = [[1, 0.7], [4, 1.2], [6, 1.5]];
export const LABEL_LETTER_SPACING = 0.06;
/** MapLibre's text-max-width for state labels, in ems. */
export const LABEL_MAX_WIDTH_EM = 7;
/** Labels of states with a status are never smaller than this, nor set off larger than LEADER_LABEL_MAX. */
export const STATUS_LABEL_MIN = 7.5;
export const LEADER_LABEL_MAX = 10;
export const LEADER_COLOUR = '#3d3a35';
export const LEADER_DOT_RADIUS = 1.6;
export const LEADER_WIDTH = 0.9;
/** A set-off name over land costs as much as this much longer a leader over the sea. */
export const LEADER_LAND_PENALTY = 30;
/** Halo around label text, in user units (twice the live map's text-halo-width). */
export const LABEL_HALO_WIDTH = 2.4;
