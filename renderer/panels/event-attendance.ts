/**
 * Who attended a summit, where sources say: the state's own standing ("attended" / "absent") and
 * the names on each side. A summit's participants are the body's members on the day; `attended`
 * and `absent` are the subsets whose leader took part or stayed away (a lower-level delegate or
 * no one came).
 */
import type { AtlasEvent } from '../../geodata/src/schema.js';

export interface EventAttendance {
  /** The given state's leader: in `attended`, in `absent`, or not recorded (null). */
  state: 'attended' | 'absent' | null;
  /** Names of the members whose leader took part, or null when sources do not say. */
  attended: string[] | null;
  /** Names of the members whose leader stayed away, or null when sources do not say. */
  absent: string[] | null;
}

/** What a reader is told for the "absent" mark. */
export const ABSENT_TITLE = 'The leader did not take part: a lower-level delegate or no one came';

/** Attendance of `e` seen from `iso3` (null: no state), or null when the event records none. */
export function eventAttendance(e: Pick<AtlasEvent, 'attended' | 'absent'>, iso3: string | null, name: (iso3: string) => string): EventAttendance | null {
  const attended = e.attended && e.attended.length > 0 ? e.attended : null;
  const absent = e.absent && e.absent.length > 0 ? e.absent : null;
  if (!attended && !absent) return null;
  const state = iso3 === null ? null : absent?.includes(iso3) ? 'absent' : attended?.includes(iso3) ? 'attended' : null;
  return { state, attended: attended?.map(name) ?? null, absent: absent?.map(name) ?? null };
}

/** "Attended: A, B. Absent: C." — the lines a list shows under a summit ('' when none is known). */
export function attendanceText(a: EventAttendance): string {
  return [a.attended ? `Attended: ${a.attended.join(', ')}.` : '', a.absent ? `Absent: ${a.absent.join(', ')}.` : ''].filter(Boolean).join(' ');
}
