/**
 * Headless timeline logic (after OWID Grapher's TimelineController): the shown day, stepping by
 * year, jumping to the ends or to the next membership change, and play/pause. The view only
 * renders it; tests drive it with plain objects.
 */
import type { IsoDay } from '../../geodata/src/partial-date.js';

export const PLAY_STEP_MS = 900;
export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;

export interface TimelineOptions {
  first: IsoDay;
  last: IsoDay;
  day: IsoDay;
  /** Sorted days on which the shown organisations change, for ticks and next/previous. */
  changeDays: () => readonly IsoDay[];
  onChange: (day: IsoDay, input: string) => void;
  /** Playing started or stopped (by the user, or at the last year). */
  onPlayingChange?: (playing: boolean) => void;
  /** The clock: setTimeout/clearTimeout unless a test brings its own. */
  schedule?: (fn: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}

export class TimelineController {
  private current: IsoDay;
  private handle: unknown = null;
  speed: number = 1;

  constructor(private readonly options: TimelineOptions) {
    this.current = options.day;
  }

  get day(): IsoDay {
    return this.current;
  }

  get firstYear(): number {
    return Number(this.options.first.slice(0, 4));
  }

  get lastYear(): number {
    return Number(this.options.last.slice(0, 4));
  }

  get year(): number {
    return Number(this.current.slice(0, 4));
  }

  get isPlaying(): boolean {
    return this.handle !== null;
  }

  /** The day that stands for a year: 31 December, or the last day (today) for the current year. */
  dayOfYear(year: number): IsoDay {
    const clamped = Math.min(this.lastYear, Math.max(this.firstYear, year));
    return clamped === this.lastYear ? this.options.last : `${clamped}-12-31`;
  }

  setDay(day: IsoDay, input: string = day): void {
    const clamped = day < this.options.first ? this.options.first : day > this.options.last ? this.options.last : day;
    if (clamped === this.current) return;
    this.current = clamped;
    this.options.onChange(clamped, clamped === day ? input : clamped);
  }

  setYear(year: number): void {
    const day = this.dayOfYear(year);
    this.setDay(day, String(Number(day.slice(0, 4))));
  }

  stepYear(delta: number): void {
    // From a mid-year day, one step forward lands on that year's 31 December and one step back
    // on the previous year's: the nearest year-ends on either side.
    const base = delta > 0 && this.current !== this.dayOfYear(this.year) ? this.year : this.year + delta;
    this.setYear(base);
  }

  home(): void {
    this.setYear(this.firstYear);
  }

  end(): void {
    this.setYear(this.lastYear);
  }

  nextChange(): IsoDay | null {
    const next = this.options.changeDays().find((d) => d > this.current && d <= this.options.last) ?? null;
    if (next) this.setDay(next);
    return next;
  }

  previousChange(): IsoDay | null {
    const earlier = this.options.changeDays().filter((d) => d < this.current && d >= this.options.first);
    const prev = earlier[earlier.length - 1] ?? null;
    if (prev) this.setDay(prev);
    return prev;
  }

  play(): void {
    if (this.isPlaying) return;
    if (this.year >= this.lastYear) this.home();
    const schedule = this.options.schedule ?? ((fn, ms) => setTimeout(fn, ms));
    const tick = (): void => {
      if (this.year >= this.lastYear) {
        this.pause();
        return;
      }
      this.stepYear(1);
      this.handle = schedule(tick, PLAY_STEP_MS / this.speed);
    };
    this.handle = schedule(tick, PLAY_STEP_MS / this.speed);
    this.options.onPlayingChange?.(true);
  }

  pause(): void {
    if (this.handle === null) return;
    (this.options.cancel ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)))(this.handle);
    this.handle = null;
    this.options.onPlayingChange?.(false);
  }

  toggle(): void {
    if (this.isPlaying) this.pause();
    else this.play();
  }
}
