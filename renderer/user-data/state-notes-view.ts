/**
 * "My notes" in the state panel: a labelled text box saved when the user pauses typing or leaves
 * it, with "Saved" or the reason it was not. The note is shown as the text box's value — plain
 * text, never markup.
 *
 * The panel is redrawn on every date change and when a state's trade figures arrive, which
 * replaces its children. The section is therefore one element per state, moved into each new
 * container (keeping what is typed, the caret and the focus) and put back if a redraw removes it.
 */
import { h } from '../dom/dom.js';
import { USER_DATA_LIMITS } from './user-data-schema.js';
import type { UserDataStore } from './user-data-store.js';

/** Typing pause after which a note is saved. */
export const NOTE_SAVE_PAUSE_MS = 800;

export const NOTE_TEXTAREA_ID = 'state-note-text';

type Status = { kind: 'loading' } | { kind: 'idle' } | { kind: 'editing' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export class StateNotesView {
  private iso3: string | null = null;
  private section: HTMLElement | null = null;
  private textarea: HTMLTextAreaElement | null = null;
  private statusLine: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The text box had the focus when a redraw took it out of the page. */
  private focused = false;
  /** Text typed since the last save was started. */
  private dirty = false;

  constructor(
    private readonly store: UserDataStore,
    private readonly stateName: (iso3: string) => string,
  ) {
    store.onChange(() => this.refresh());
  }

  /** Renders "My notes" for a state into the container (appended to the state panel). */
  render(container: HTMLElement, iso3: string): void {
    if (this.iso3 !== iso3 || !this.section) {
      this.flush();
      this.build(iso3);
    }
    const refocus = this.focused || (this.textarea !== null && document.activeElement === this.textarea);
    this.container = container;
    container.replaceChildren(this.section!);
    this.keepAttached(container);
    if (refocus) this.textarea?.focus();
  }

  private build(iso3: string): void {
    this.iso3 = iso3;
    this.dirty = false;
    this.focused = false;
    const name = this.stateName(iso3);
    const textarea = h('textarea', {
      id: NOTE_TEXTAREA_ID,
      rows: 4,
      maxlength: USER_DATA_LIMITS.noteChars,
      'aria-describedby': 'state-note-hint state-note-status',
      placeholder: 'Your own notes, for instance what to check next',
    });
    textarea.value = this.store.noteOf(iso3)?.text ?? '';
    textarea.disabled = !this.store.isReady;
    textarea.addEventListener('input', () => {
      this.dirty = true;
      this.setStatus({ kind: 'editing' });
      this.schedule();
    });
    textarea.addEventListener('focus', () => {
      this.focused = true;
    });
    textarea.addEventListener('blur', () => {
      this.flush();
      // A redraw that removes the text box blurs it too; only a blur that leaves it in the page
      // (the user moved on) forgets the focus.
      queueMicrotask(() => {
        if (textarea.isConnected && document.activeElement !== textarea) this.focused = false;
      });
    });
    this.textarea = textarea;
    this.statusLine = h('p', { className: 'state-note-status', id: 'state-note-status', role: 'status', 'aria-live': 'polite' });
    this.section = h('section', { className: 'panel-section state-notes', 'data-notes-state': iso3, 'aria-labelledby': 'state-notes-title' },
      h('h3', { id: 'state-notes-title' }, 'My notes'),
      h('label', { for: NOTE_TEXTAREA_ID, className: 'state-note-label' }, `Your notes on ${name}`),
      textarea,
      h('p', { className: 'state-note-hint muted', id: 'state-note-hint' }, 'Only you see these. They are kept on this computer and in your data exports.'),
      this.statusLine,
    );
    this.setStatus(this.store.isReady ? { kind: 'idle' } : { kind: 'loading' });
  }

  /** Puts the section back when a redraw of the panel removes its container. */
  private keepAttached(container: HTMLElement): void {
    this.observer?.disconnect();
    const parent = container.parentElement;
    if (!parent) return;
    this.observer = new MutationObserver(() => {
      if (this.container !== container) {
        this.observer?.disconnect();
        return;
      }
      if (container.parentElement === parent) return;
      parent.append(container);
      if (this.focused) this.textarea?.focus();
    });
    this.observer.observe(parent, { childList: true });
  }

  private schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), NOTE_SAVE_PAUSE_MS);
  }

  /** Saves what was typed, if anything. */
  private flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!this.dirty || !this.textarea || !this.iso3) return;
    this.dirty = false;
    const textarea = this.textarea;
    this.setStatus({ kind: 'saving' });
    void this.store.setNote(this.iso3, textarea.value).then((r) => {
      // A later keystroke or another state's note has taken over the status line.
      if (this.textarea !== textarea || this.dirty) return;
      if (r.status === 'saved') this.setStatus({ kind: 'saved' });
      else this.setStatus({ kind: 'error', message: r.error });
    });
  }

  /** Follows the store: enables the box once loaded, shows a note changed elsewhere (an import). */
  private refresh(): void {
    const textarea = this.textarea;
    if (!textarea || !this.iso3) return;
    if (textarea.disabled && this.store.isReady) {
      textarea.disabled = false;
      this.setStatus({ kind: 'idle' });
    }
    const stored = this.store.noteOf(this.iso3)?.text ?? '';
    if (!this.dirty && document.activeElement !== textarea && textarea.value !== stored) textarea.value = stored;
  }

  private setStatus(status: Status): void {
    const line = this.statusLine;
    if (!line) return;
    line.dataset.status = status.kind;
    line.classList.toggle('error', status.kind === 'error');
    line.textContent =
      status.kind === 'saved' ? 'Saved'
      : status.kind === 'saving' ? 'Saving…'
      : status.kind === 'editing' ? 'Not saved yet…'
      : status.kind === 'loading' ? 'Loading your notes…'
      : status.kind === 'error' ? status.message
      : '';
  }
}
