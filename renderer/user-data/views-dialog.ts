/**
 * The "Views" dialog: save the current view (a named deep link with a note), open, rename or
 * delete saved views, list and delete annotations, find state notes, and export or import
 * everything as a JSON file. An import shows its report — counts, every rejected item with its
 * reason, every conflict — and applies nothing until the user presses "Apply import".
 *
 * Every user string is set as text (h() never parses markup).
 */
import { formatPartialDate } from '../../geodata/src/partial-date.js';
import type { AtlasContext } from '../atlas-context.js';
import { h } from '../dom/dom.js';
import { toHash, type AppState } from '../state/app-state.js';
import { ITEM_KINDS, ITEM_KIND_LABELS, hasAnythingToImport, type Conflict, type ImportPlan } from './plan-import.js';
import { USER_DATA_LIMITS, type Annotation, type SavedView } from './user-data-schema.js';
import type { Change, UserDataStore } from './user-data-store.js';

/** How many characters of a state note the dialog's list shows. */
const NOTE_PREVIEW_CHARS = 90;

type Confirming = { kind: 'view' | 'annotation'; id: string } | null;

export interface ViewsDialogHooks {
  /** Show an annotation on the map (fly to it and select it). */
  showAnnotation: (annotation: Annotation) => void;
}

/** "2026-11-22 08:03", in the user's time zone. */
function formatCreated(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A default name for the current view: "SCO, CSTO · 2016 · Kazakhstan". */
export function defaultViewName(state: AppState, stateName: (iso3: string) => string): string {
  return [state.orgs.join(', '), formatPartialDate(state.dateInput), state.selected ? stateName(state.selected) : null].filter(Boolean).join(' · ');
}

function describeAnnotation(a: Annotation): string {
  if (a.kind === 'label') return `Label “${a.text}”`;
  return a.text === '' ? 'Arrow' : `Arrow “${a.text}”`;
}

function describeConflict(c: Conflict): string {
  return `${ITEM_KIND_LABELS[c.kind].one} ${c.key}: yours “${c.mine}”, the file’s “${c.theirs}”`;
}

export class ViewsDialog {
  readonly element: HTMLDialogElement;
  private readonly alert: HTMLElement;
  private readonly status: HTMLElement;
  private readonly viewList: HTMLElement;
  private readonly annotationList: HTMLElement;
  private readonly noteList: HTMLElement;
  private readonly saveForm: HTMLFormElement;
  private readonly nameInput: HTMLInputElement;
  private readonly noteInput: HTMLTextAreaElement;
  private readonly saveError: HTMLElement;
  private readonly fileInput: HTMLInputElement;
  private readonly report: HTMLElement;
  private returnFocus: HTMLElement | null = null;
  private renaming: string | null = null;
  private confirming: Confirming = null;
  private plan: ImportPlan | null = null;

  constructor(
    private readonly ctx: AtlasContext,
    private readonly store: UserDataStore,
    private readonly hooks: ViewsDialogHooks,
  ) {
    const id = (name: string): string => `user-data-${name}`;
    this.alert = h('p', { id: id('alert'), className: 'user-data-error', role: 'alert' });
    this.status = h('p', { id: id('status'), className: 'user-data-status', role: 'status', 'aria-live': 'polite' });
    this.nameInput = h('input', { id: id('view-name'), type: 'text', required: true, maxlength: USER_DATA_LIMITS.nameChars, autocomplete: 'off' });
    this.noteInput = h('textarea', { id: id('view-note'), rows: 2, maxlength: USER_DATA_LIMITS.noteChars });
    this.saveError = h('p', { id: id('save-error'), className: 'user-data-error', role: 'alert' });
    this.saveForm = h('form', { className: 'user-data-save', 'aria-labelledby': id('save-title') },
      h('h3', { id: id('save-title') }, 'Save the current view'),
      h('div', { className: 'user-data-field' }, h('label', { for: this.nameInput.id }, 'Name'), this.nameInput),
      h('div', { className: 'user-data-field' }, h('label', { for: this.noteInput.id }, 'Note (optional)'), this.noteInput),
      this.saveError,
      h('div', { className: 'user-data-actions' }, h('button', { type: 'submit', id: id('save-view'), className: 'user-data-primary' }, 'Save view')),
    );
    this.saveForm.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.saveCurrentView();
    });
    this.viewList = h('ul', { id: id('views'), className: 'user-data-list', 'aria-labelledby': id('views-title') });
    this.annotationList = h('ul', { id: id('annotations'), className: 'user-data-list', 'aria-labelledby': id('annotations-title') });
    this.noteList = h('ul', { id: id('notes'), className: 'user-data-list', 'aria-labelledby': id('notes-title') });
    this.fileInput = h('input', { id: id('import-file'), type: 'file', accept: '.json,application/json' });
    this.fileInput.addEventListener('change', () => void this.readImport());
    this.report = h('section', { id: id('import-report'), className: 'user-data-report', 'aria-labelledby': id('report-title'), hidden: true });

    const close = h('button', { type: 'button', className: 'user-data-close', 'aria-label': 'Close', onclick: () => this.close() }, '×');
    this.element = h('dialog', { id: 'user-data-dialog', className: 'user-data-dialog', 'aria-labelledby': id('title') },
      h('div', { className: 'user-data-body' },
        close,
        h('h2', { id: id('title') }, 'My views and data'),
        h('p', { className: 'user-data-hint' }, 'Saved on this computer. Export your data to keep a copy or move it to another computer.'),
        this.alert,
        this.status,
        this.saveForm,
        h('section', { 'aria-labelledby': id('views-title') }, h('h3', { id: id('views-title') }, 'Saved views'), this.viewList),
        h('section', { 'aria-labelledby': id('annotations-title') }, h('h3', { id: id('annotations-title') }, 'Annotations'), this.annotationList),
        h('section', { 'aria-labelledby': id('notes-title') }, h('h3', { id: id('notes-title') }, 'State notes'), this.noteList),
        h('section', { className: 'user-data-backup', 'aria-labelledby': id('backup-title') },
          h('h3', { id: id('backup-title') }, 'Export and import'),
          h('div', { className: 'user-data-actions start' },
            h('button', { type: 'button', id: id('export'), onclick: () => void this.exportData() }, 'Export my data…'),
          ),
          h('div', { className: 'user-data-field' }, h('label', { for: this.fileInput.id }, 'Import… (a JSON file exported by the atlas)'), this.fileInput),
          this.report,
        ),
      ),
    );
    this.element.addEventListener('close', () => {
      this.renaming = null;
      this.confirming = null;
      this.returnFocus?.focus();
      this.returnFocus = null;
    });
    document.body.append(this.element);
    this.refresh();
  }

  open(opener: HTMLElement | null = document.activeElement as HTMLElement | null): void {
    this.returnFocus = opener;
    this.nameInput.value = defaultViewName(this.ctx.getState(), (c) => this.ctx.queries.statesByIso.get(c)?.name ?? c);
    this.noteInput.value = '';
    this.saveError.textContent = '';
    this.status.textContent = '';
    this.refresh();
    if (!this.element.open) this.element.showModal();
    this.nameInput.focus();
    this.nameInput.select();
  }

  close(): void {
    if (this.element.open) this.element.close();
  }

  /** Redraws the lists from the store, keeping focus on the control that had it. */
  refresh(): void {
    const focusedId = this.element.contains(document.activeElement) ? document.activeElement?.id : undefined;
    const ready = this.store.isReady;
    this.alert.textContent = this.store.saveError ?? '';
    for (const control of this.element.querySelectorAll<HTMLButtonElement | HTMLInputElement>('#user-data-save-view, #user-data-export, #user-data-import-file')) control.disabled = !ready;
    this.viewList.replaceChildren(...this.viewItems());
    this.annotationList.replaceChildren(...this.annotationItems());
    this.noteList.replaceChildren(...this.noteItems());
    if (focusedId && !this.element.contains(document.activeElement)) document.getElementById(focusedId)?.focus();
  }

  private empty(text: string): HTMLElement {
    return h('li', { className: 'user-data-empty' }, this.store.isReady ? text : 'Loading…');
  }

  private viewItems(): HTMLElement[] {
    const views = this.store.savedViews;
    if (views.length === 0) return [this.empty('No saved views yet.')];
    return views.map((view) => {
      const actions = this.renaming === view.id ? this.renameForm(view) : this.confirming?.kind === 'view' && this.confirming.id === view.id
        ? this.confirmDelete(`view-${view.id}`, `Delete “${view.name}”?`, () => this.store.removeView(view.id))
        : h('div', { className: 'user-data-item-actions' },
            h('button', { type: 'button', id: `view-open-${view.id}`, className: 'user-data-primary', onclick: () => this.openView(view) }, 'Open'),
            h('button', { type: 'button', id: `view-rename-${view.id}`, onclick: () => this.startRename(view.id) }, 'Rename'),
            h('button', { type: 'button', id: `view-delete-${view.id}`, onclick: () => this.askDelete('view', view.id) }, 'Delete'),
          );
      return h('li', { className: 'user-data-item', 'data-view-id': view.id },
        h('div', { className: 'user-data-item-head' },
          h('strong', { className: 'user-data-view-name' }, view.name),
          h('time', { className: 'user-data-created', datetime: view.created }, `Saved ${formatCreated(view.created)}`),
        ),
        view.note ? h('p', { className: 'user-data-view-note' }, view.note) : null,
        actions,
      );
    });
  }

  private annotationItems(): HTMLElement[] {
    const annotations = this.store.annotations;
    if (annotations.length === 0) return [this.empty('No annotations yet. Use “Annotate” to place labels and arrows on the map.')];
    return annotations.map((a) => h('li', { className: 'user-data-item', 'data-annotation-id': a.id },
      h('div', { className: 'user-data-item-head' }, h('span', { className: 'user-data-annotation-text' }, describeAnnotation(a))),
      this.confirming?.kind === 'annotation' && this.confirming.id === a.id
        ? this.confirmDelete(`annotation-${a.id}`, `Delete ${describeAnnotation(a)}?`, () => this.store.removeAnnotation(a.id))
        : h('div', { className: 'user-data-item-actions' },
            h('button', { type: 'button', id: `annotation-show-${a.id}`, onclick: () => this.showAnnotation(a) }, 'Show'),
            h('button', { type: 'button', id: `annotation-delete-${a.id}`, onclick: () => this.askDelete('annotation', a.id) }, 'Delete'),
          ),
    ));
  }

  private noteItems(): HTMLElement[] {
    const notes = this.store.stateNotes;
    if (notes.length === 0) return [this.empty('No state notes yet. Select a state and write in “My notes”.')];
    return notes.map((n) => {
      const name = this.ctx.queries.statesByIso.get(n.state)?.name ?? n.state;
      const preview = n.text.length > NOTE_PREVIEW_CHARS ? `${n.text.slice(0, NOTE_PREVIEW_CHARS)}…` : n.text;
      return h('li', { className: 'user-data-item', 'data-note-state': n.state },
        h('div', { className: 'user-data-item-head' }, h('strong', {}, name), h('time', { className: 'user-data-created', datetime: n.updated }, `Changed ${formatCreated(n.updated)}`)),
        h('p', { className: 'user-data-view-note' }, preview),
        h('div', { className: 'user-data-item-actions' },
          h('button', { type: 'button', id: `note-open-${n.state}`, onclick: () => this.openState(n.state) }, `Show ${name}`),
        ),
      );
    });
  }

  private renameForm(view: SavedView): HTMLElement {
    const input = h('input', { type: 'text', id: `view-rename-input-${view.id}`, value: view.name, required: true, maxlength: USER_DATA_LIMITS.nameChars, autocomplete: 'off' });
    const error = h('p', { className: 'user-data-error', role: 'alert' });
    const form = h('form', { className: 'user-data-rename' },
      h('label', { for: input.id }, 'New name'), input,
      h('button', { type: 'submit', id: `view-rename-save-${view.id}`, className: 'user-data-primary' }, 'Rename'),
      h('button', { type: 'button', onclick: () => this.stopRename(view.id) }, 'Cancel'),
      error,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.store.renameView(view.id, input.value).then((r) => {
        if (r.status === 'invalid') {
          error.textContent = r.error;
          input.focus();
          return;
        }
        this.tell(r);
        this.stopRename(view.id);
      });
    });
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        // Escape leaves the rename, not the dialog.
        e.preventDefault();
        this.stopRename(view.id);
      }
    });
    queueMicrotask(() => {
      input.focus();
      input.select();
    });
    return form;
  }

  private startRename(id: string): void {
    this.renaming = id;
    this.confirming = null;
    this.refresh();
  }

  private stopRename(id: string): void {
    this.renaming = null;
    this.refresh();
    document.getElementById(`view-rename-${id}`)?.focus();
  }

  private askDelete(kind: 'view' | 'annotation', id: string): void {
    this.confirming = { kind, id };
    this.renaming = null;
    this.refresh();
    document.getElementById(`${kind}-${id}-confirm`)?.focus();
  }

  private confirmDelete(key: string, question: string, remove: () => Promise<Change<null>>): HTMLElement {
    return h('div', { className: 'user-data-confirm', role: 'group', 'aria-label': question },
      h('span', {}, question),
      h('button', { type: 'button', id: `${key}-confirm`, className: 'user-data-danger', onclick: () => {
        this.confirming = null;
        void remove().then((r) => this.tell(r));
      } }, 'Delete'),
      h('button', { type: 'button', id: `${key}-keep`, onclick: () => {
        this.confirming = null;
        this.refresh();
      } }, 'Keep'),
    );
  }

  /** Shows what happened to a change: nothing when stored, the reason when not. */
  private tell(change: Change<unknown>): void {
    if (change.status === 'invalid') this.alert.textContent = change.error;
    else if (change.status === 'not-saved') this.ctx.notify(change.error);
  }

  private async saveCurrentView(): Promise<void> {
    const map = this.ctx.getMap();
    const centre = map.getCenter();
    // The live camera: the state's camera is only written when a move ends.
    const state: AppState = { ...this.ctx.getState(), camera: { zoom: map.getZoom(), lat: centre.lat, lng: centre.lng } };
    const result = await this.store.addView({ name: this.nameInput.value, note: this.noteInput.value, link: toHash(state) });
    if (result.status === 'invalid') {
      this.saveError.textContent = result.error;
      this.nameInput.focus();
      return;
    }
    this.saveError.textContent = '';
    this.noteInput.value = '';
    // Only a store the host accepted is "Saved"; otherwise the view lives in this window only.
    this.status.textContent = result.status === 'saved' ? `Saved “${result.value.name}”.` : `“${result.value.name}” is kept in this window but was not saved.`;
    this.tell(result);
  }

  private openView(view: SavedView): void {
    this.close();
    // Through the hash, as any deep link: the app reads it, reports what it ignored and moves the map.
    if (window.location.hash === view.link) this.ctx.notify(`“${view.name}” is the view already shown.`);
    else window.location.hash = view.link;
  }

  private openState(iso3: string): void {
    this.close();
    this.ctx.update({ selected: iso3 });
  }

  private showAnnotation(a: Annotation): void {
    this.close();
    this.hooks.showAnnotation(a);
  }

  private async exportData(): Promise<void> {
    this.status.textContent = 'Exporting…';
    const result = await this.store.exportFile();
    if (result.status === 'saved') this.status.textContent = `Exported to ${result.location}.`;
    else if (result.status === 'cancelled') this.status.textContent = 'Export cancelled.';
    else {
      this.status.textContent = '';
      this.alert.textContent = result.error;
    }
  }

  private async readImport(): Promise<void> {
    const file = this.fileInput.files?.[0];
    if (!file) return;
    this.plan = null;
    if (file.size > USER_DATA_LIMITS.fileBytes) {
      // Refused before reading: a huge file is never loaded into memory.
      this.showRefusal(`Cannot read ${file.name}: it is ${(file.size / 1e6).toFixed(1)} MB, more than the ${USER_DATA_LIMITS.fileBytes / 1024 / 1024} MB a user-data file may have. Nothing was imported.`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.showRefusal(`Cannot read ${file.name}: ${error instanceof Error ? error.message : String(error)}. Nothing was imported.`);
      return;
    }
    const preview = this.store.prepareImport(text, file.name);
    if (preview.status === 'refused') this.showRefusal(preview.error);
    else this.showPlan(preview.plan);
  }

  private reportTitle(text: string): HTMLElement {
    return h('h4', { id: 'user-data-report-title' }, text);
  }

  private showRefusal(error: string): void {
    this.report.hidden = false;
    this.report.dataset.status = 'refused';
    this.report.replaceChildren(
      this.reportTitle('Import refused'),
      h('p', { className: 'user-data-error', role: 'alert', id: 'user-data-import-error' }, error),
      h('div', { className: 'user-data-actions' }, h('button', { type: 'button', id: 'user-data-import-dismiss', onclick: () => this.endImport() }, 'Close report')),
    );
  }

  private showPlan(plan: ImportPlan): void {
    this.plan = plan;
    const replace = h('input', { type: 'checkbox', id: 'user-data-import-replace' });
    const canApply = plan.blocking === null && hasAnythingToImport(plan);
    const apply = h('button', { type: 'button', id: 'user-data-import-apply', className: 'user-data-primary', disabled: !canApply }, 'Apply import');
    apply.addEventListener('click', () => void this.applyImport(replace.checked));
    const counts = ITEM_KINDS.map((k) => {
      const c = plan.counts[k];
      const parts = [`${c.added} new`, c.same > 0 ? `${c.same} already in your data` : null, c.conflicting > 0 ? `${c.conflicting} with the id of a different item of yours` : null].filter(Boolean);
      return h('li', { 'data-kind': k }, `${ITEM_KIND_LABELS[k].many[0]!.toUpperCase()}${ITEM_KIND_LABELS[k].many.slice(1)}: ${parts.join(', ')}`);
    });
    this.report.hidden = false;
    this.report.dataset.status = 'ready';
    const parts: (HTMLElement | null)[] = [
      this.reportTitle(`Import from ${plan.fileName}`),
      h('p', {}, 'Nothing has been imported yet. Check the report, then apply or cancel.'),
      h('ul', { id: 'user-data-import-counts', className: 'user-data-counts' }, ...counts),
      plan.rejected.length > 0
        ? h('div', {},
            h('p', { className: 'user-data-rejected-title' }, `${plan.rejected.length} ${plan.rejected.length === 1 ? 'part' : 'parts'} of the file will not be imported:`),
            h('ul', { id: 'user-data-import-rejected', className: 'user-data-rejected' }, ...plan.rejected.map((r) => h('li', { 'data-where': r.where }, h('code', {}, r.where), ` ${r.reason}`))),
          )
        : h('p', { id: 'user-data-import-rejected-none' }, 'Every item of the file is valid.'),
      plan.conflicts.length > 0
        ? h('fieldset', { className: 'user-data-conflicts' },
            h('legend', {}, 'Same id, different content'),
            h('ul', { id: 'user-data-import-conflicts' }, ...plan.conflicts.map((c) => h('li', { 'data-key': c.key }, describeConflict(c)))),
            h('label', { for: replace.id }, replace, ' Replace mine with the file’s (otherwise mine are kept and these are skipped)'),
          )
        : null,
      plan.blocking ? h('p', { className: 'user-data-error', role: 'alert' }, plan.blocking) : null,
      canApply || plan.blocking ? null : h('p', {}, 'The file holds nothing that is not already in your data.'),
      h('div', { className: 'user-data-actions' },
        h('button', { type: 'button', id: 'user-data-import-cancel', onclick: () => this.endImport('Import cancelled; nothing was changed.') }, 'Cancel'),
        apply,
      ),
    ];
    this.report.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    apply.focus();
    if (!canApply) this.report.querySelector<HTMLButtonElement>('#user-data-import-cancel')?.focus();
  }

  private async applyImport(replaceConflicts: boolean): Promise<void> {
    const plan = this.plan;
    if (!plan) return;
    const result = await this.store.applyImport(plan, { replaceConflicts });
    if (result.status === 'invalid') {
      this.alert.textContent = result.error;
      return;
    }
    const { added, replaced, skipped } = result.value;
    const parts = [`${added} added`, replaced.length > 0 ? `${replaced.length} replaced` : null, skipped.length > 0 ? `${skipped.length} skipped (kept yours: ${skipped.map((c) => `${ITEM_KIND_LABELS[c.kind].one} ${c.key}`).join(', ')})` : null].filter(Boolean);
    this.endImport(`Imported from ${plan.fileName}: ${parts.join('; ')}.`);
    this.tell(result);
  }

  private endImport(message?: string): void {
    this.plan = null;
    this.fileInput.value = '';
    this.report.hidden = true;
    this.report.replaceChildren();
    delete this.report.dataset.status;
    if (message) this.status.textContent = message;
    this.fileInput.focus();
  }
}
