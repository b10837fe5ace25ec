import { describe, expect, it } from 'vitest';
import { attendanceText, eventAttendance } from './event-attendance.js';

const names: Record<string, string> = { ARM: 'Armenia', RUS: 'Russia', BLR: 'Belarus', KAZ: 'Kazakhstan' };
const name = (c: string): string => names[c] ?? c;

describe('eventAttendance', () => {
  const summit = { attended: ['RUS', 'BLR', 'KAZ'], absent: ['ARM'] };

  it('marks the state absent when its leader stayed away, and names both sides', () => {
    expect(eventAttendance(summit, 'ARM', name)).toEqual({ state: 'absent', attended: ['Russia', 'Belarus', 'Kazakhstan'], absent: ['Armenia'] });
    expect(eventAttendance(summit, 'RUS', name)?.state).toBe('attended');
  });

  it('leaves the state unmarked when sources name only the absent', () => {
    const a = eventAttendance({ absent: ['ARM'] }, 'RUS', name);
    expect(a).toEqual({ state: null, attended: null, absent: ['Armenia'] });
    expect(attendanceText(a!)).toBe('Absent: Armenia.');
  });

  it('is null when the event records no attendance', () => {
    expect(eventAttendance({}, 'ARM', name)).toBeNull();
    expect(eventAttendance({ attended: [], absent: [] }, 'ARM', name)).toBeNull();
  });

  it('writes both lists', () => {
    expect(attendanceText(eventAttendance(summit, null, name)!)).toBe('Attended: Russia, Belarus, Kazakhstan. Absent: Armenia.');
  });
});
