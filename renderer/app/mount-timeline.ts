/**
 * The timeline view: the year slider with its change ticks, play/pause, previous/next change,
 * speed, the date field and the "as of" line. The logic is TimelineController's; this only
 * renders it and feeds it the user's input.
 */
import { formatPartialDate, type IsoDay } from '../../geodata/src/partial-date.js';
import { FIRST_DAY, resolveAsOf } from '../../geodata/src/resolve-as-of.js';
import { h } from '../dom/dom.js';
import { TimelineController } from '../timeline/timeline-controller.js';
import type { AppContext, Dispose } from './app-context.js';
import { byId } from './by-id.js';
import { dataAsOfNote } from '../panels/data-as-of-note.js';

export interface TimelineView {
  readonly controller: TimelineController;
  dispose: Dispose;
}

export function mountTimeline(ctx: AppContext): TimelineView {
  const { store, today } = ctx;
  const changeDays = (): IsoDay[] => [...new Set(store.state.orgs.flatMap((o) => ctx.queries.changeDays(o)))].sort();
  const timeline = new TimelineController({
    first: FIRST_DAY,
    last: today,
    day: store.state.day,
    changeDays,
    onChange: (day, input) => store.update({ day, dateInput: input }),
    onPlayingChange: () => renderPlay(),
  });
  const slider = byId<HTMLInputElement>('year-slider');
  const play = byId('play');
  const dateInput = byId<HTMLInputElement>('date-input');
  // Beside "As of": the day the data was checked to, when the shown date is later.
  const dataNote = h('span', { id: 'data-as-of-note', className: 'as-of-note', hidden: true });
  byId('as-of').after(dataNote);

  const renderPlay = (): void => {
    play.textContent = timeline.isPlaying ? '❚❚' : '▶';
    play.setAttribute('aria-label', timeline.isPlaying ? 'Pause (Space)' : 'Play through the years (Space)');
  };
  const togglePlay = (): void => timeline.toggle();

  slider.min = String(timeline.firstYear);
  slider.max = String(timeline.lastYear);
  slider.step = '1';
  slider.addEventListener('input', () => timeline.setYear(Number(slider.value)));
  const keys: Record<string, () => void> = {
    ArrowLeft: () => timeline.stepYear(-1),
    ArrowDown: () => timeline.stepYear(-1),
    ArrowRight: () => timeline.stepYear(1),
    ArrowUp: () => timeline.stepYear(1),
    Home: () => timeline.home(),
    End: () => timeline.end(),
    PageDown: () => timeline.previousChange(),
    PageUp: () => timeline.nextChange(),
    ' ': togglePlay,
  };
  slider.addEventListener('keydown', (e) => {
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  });
  play.addEventListener('click', togglePlay);
  byId('prev-change').addEventListener('click', () => timeline.previousChange());
  byId('next-change').addEventListener('click', () => timeline.nextChange());
  byId<HTMLSelectElement>('speed').addEventListener('change', (e) => {
    timeline.speed = Number((e.target as HTMLSelectElement).value);
  });
  dateInput.min = FIRST_DAY;
  dateInput.max = today;
  dateInput.addEventListener('change', () => {
    const r = resolveAsOf(dateInput.value, today);
    if (r.ok) timeline.setDay(r.day, r.input);
    else {
      ctx.notify(`Date not changed: ${r.error}.`);
      dateInput.value = store.state.day;
    }
  });

  const renderTicks = (): void => {
    const first = Date.parse(FIRST_DAY);
    const span = Date.parse(today) - first;
    byId('ticks').replaceChildren(...changeDays().map((d) => h('span', { style: `left:${((Date.parse(d) - first) / span) * 100}%`, title: d })));
  };
  const render = (): void => {
    const { day } = store.state;
    slider.value = day.slice(0, 4);
    slider.setAttribute('aria-valuetext', formatPartialDate(day));
    dateInput.value = day;
    byId('as-of').textContent = `As of ${formatPartialDate(day)}`;
    const note = dataAsOfNote(ctx.queries.data.info.asOf, day);
    dataNote.textContent = note ?? '';
    dataNote.hidden = note === null;
  };
  render();
  renderTicks();
  const unsubscribe = store.subscribe((state, changed) => {
    // A day set elsewhere (the link, a saved view) moves the controller too.
    if (changed.has('day') && state.day !== timeline.day) timeline.setDay(state.day, state.dateInput);
    if (changed.has('day')) render();
    // The ticks depend only on the shown organisations, not on the date.
    if (changed.has('orgs')) renderTicks();
  });
  return {
    controller: timeline,
    dispose: () => {
      timeline.pause();
      unsubscribe();
    },
  };
}
