import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../../geodata/src/partial-date.js';
import { PLAY_STEP_MS, TimelineController, type TimelineOptions } from './timeline-controller.js';

/** A clock the test advances by hand: the scheduled callbacks and their delays. */
function createClock() {
  let next = 1;
  const pending = new Map<number, { fn: () => void; ms: number }>();
  return {
    schedule: (fn: () => void, ms: number): number => {
      pending.set(next, { fn, ms });
      return next++;
    },
    cancel: (handle: unknown): void => void pending.delete(handle as number),
    /** Runs the one pending callback (the controller keeps at most one). */
    tick(): number {
      const [handle, job] = [...pending.entries()][0] ?? [];
      if (handle === undefined || !job) throw new Error('nothing scheduled');
      pending.delete(handle);
      job.fn();
      return job.ms;
    },
    get pending(): number {
      return pending.size;
    },
  };
}

function createTimeline(options: Partial<TimelineOptions> = {}) {
  const clock = createClock();
  const days: { day: IsoDay; input: string }[] = [];
  const playing: boolean[] = [];
  const timeline = new TimelineController({
    first: '1991-01-01',
    last: '2026-12-06',
    day: '2016-12-31',
    changeDays: () => ['1996-04-26', '2001-06-15', '2017-06-09'],
    onChange: (day, input) => days.push({ day, input }),
    onPlayingChange: (p) => playing.push(p),
    schedule: clock.schedule,
    cancel: clock.cancel,
    ...options,
  });
  return { timeline, clock, days, playing };
}

describe('TimelineController', () => {
  it('stands a year for its 31 December, and the current year for today', () => {
    const { timeline } = createTimeline();
    expect(timeline.dayOfYear(2001)).toBe('2001-12-31');
    expect(timeline.dayOfYear(2026)).toBe('2026-12-06');
    expect(timeline.dayOfYear(1900)).toBe('1991-12-31');
  });

  it('clamps a day to its range and reports the clamped day as the input', () => {
    const { timeline, days } = createTimeline();
    timeline.setDay('2030-01-01', '2030-01-01');
    expect(days).toEqual([{ day: '2026-12-06', input: '2026-12-06' }]);
  });

  it('does not report setting the day it already shows', () => {
    const { timeline, days } = createTimeline();
    timeline.setDay('2016-12-31');
    expect(days).toEqual([]);
  });

  it('steps by year from a year-end', () => {
    const { timeline, days } = createTimeline();
    timeline.stepYear(-1);
    expect(days.at(-1)).toEqual({ day: '2015-12-31', input: '2015' });
    timeline.stepYear(1);
    expect(days.at(-1)).toEqual({ day: '2016-12-31', input: '2016' });
  });

  it('steps from a mid-year day to the nearest year-end on that side', () => {
    const back = createTimeline({ day: '2016-06-30' });
    back.timeline.stepYear(-1);
    expect(back.days).toEqual([{ day: '2015-12-31', input: '2015' }]);
    const forward = createTimeline({ day: '2016-06-30' });
    forward.timeline.stepYear(1);
    expect(forward.days).toEqual([{ day: '2016-12-31', input: '2016' }]);
  });

  it('goes to the ends', () => {
    const { timeline, days } = createTimeline();
    timeline.home();
    expect(days.at(-1)?.day).toBe('1991-12-31');
    timeline.end();
    expect(days.at(-1)?.day).toBe('2026-12-06');
  });

  it('jumps to the next and previous change, and stays put when there is none', () => {
    const { timeline } = createTimeline({ day: '2001-06-15' });
    expect(timeline.nextChange()).toBe('2017-06-09');
    expect(timeline.nextChange()).toBeNull();
    expect(timeline.day).toBe('2017-06-09');
    expect(timeline.previousChange()).toBe('2001-06-15');
    expect(timeline.previousChange()).toBe('1996-04-26');
    expect(timeline.previousChange()).toBeNull();
  });

  it('plays one year per step at the chosen speed', () => {
    const { timeline, clock, days, playing } = createTimeline({ day: '2020-12-31' });
    timeline.speed = 2;
    timeline.play();
    expect(timeline.isPlaying).toBe(true);
    expect(playing).toEqual([true]);
    expect(clock.tick()).toBe(PLAY_STEP_MS / 2);
    expect(clock.tick()).toBe(PLAY_STEP_MS / 2);
    expect(days.map((d) => d.day)).toEqual(['2021-12-31', '2022-12-31']);
  });

  it('a pause holds: nothing stays scheduled and no further step comes', () => {
    const { timeline, clock, days, playing } = createTimeline({ day: '2020-12-31' });
    timeline.play();
    clock.tick();
    timeline.toggle();
    expect(timeline.isPlaying).toBe(false);
    expect(clock.pending).toBe(0);
    expect(days.map((d) => d.day)).toEqual(['2021-12-31']);
    expect(playing).toEqual([true, false]);
  });

  it('stops by itself at the last year, and says so', () => {
    const { timeline, clock, days, playing } = createTimeline({ day: '2024-12-31' });
    timeline.play();
    clock.tick();
    clock.tick();
    clock.tick();
    expect(days.map((d) => d.day)).toEqual(['2025-12-31', '2026-12-06']);
    expect(timeline.isPlaying).toBe(false);
    expect(clock.pending).toBe(0);
    expect(playing).toEqual([true, false]);
  });

  it('playing from the last year starts again at the first', () => {
    const { timeline, days } = createTimeline({ day: '2026-12-06' });
    timeline.play();
    expect(days[0]?.day).toBe('1991-12-31');
  });
});
