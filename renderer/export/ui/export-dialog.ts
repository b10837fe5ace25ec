/**
 * The export dialog: a modal <dialog> with labelled fields (format, size, DPI, projection,
 * title, subtitle and, for the briefing, comparison date and states). Keyboard operable: Tab
 * moves through the fields, Enter exports, Escape closes and focus returns to where it was.
 */
import { formatPartialDate } from '../../../geodata/src/partial-date.js';
import { FIRST_DAY } from '../../../geodata/src/resolve-as-of.js';
import type { AtlasContext } from '../../atlas-context.js';
import { h } from '../../dom/dom.js';
import { defaultCompareDay } from '../briefing/briefing-model.js';
import { deliverExport } from './deliver-export.js';
import { parseExportForm, type ExportFormField, type RawExportForm } from './export-form.js';
import { defaultExportOptions, EXPORT_DPI_MAX, EXPORT_DPI_MIN, EXPORT_OVERLAYS, PDF_DEFAULT_SIZE, type ExportFormat, type ExportOverlay } from '../export-options.js';
import { pageGeometry } from '../layout/page-geometry.js';
import { defaultTitle } from '../layout/page-texts.js';
import { runExport } from '../run-export.js';
import { SIZE_PRESET_IDS, SIZE_PRESETS } from '../layout/size-presets.js';

const FORMAT_LABELS: Record<ExportFormat, string> = { png: 'PNG image', svg: 'SVG vector map', pdf: 'PDF briefing' };
const OVERLAY_LABELS: Record<ExportOverlay, string> = { bases: 'Military bases on the date', events: 'Events of the period (markers)' };

export class ExportDialog {
  readonly element: HTMLDialogElement;
  private readonly form: HTMLFormElement;
  private readonly fields: {
    size: HTMLSelectElement;
    dpi: HTMLInputElement;
    projection: HTMLSelectElement;
    title: HTMLInputElement;
    subtitle: HTMLInputElement;
    compare: HTMLInputElement;
    states: HTMLInputElement;
  };
  private readonly formatInputs: HTMLInputElement[];
  private readonly overlayInputs: HTMLInputElement[];
  private readonly orgPagesInput: HTMLInputElement;
  private readonly view: HTMLElement;
  private readonly dpiHint: HTMLElement;
  private readonly status: HTMLElement;
  private readonly error: HTMLElement;
  private readonly runButton: HTMLButtonElement;
  private returnFocus: HTMLElement | null = null;
  private busy = false;

  constructor(private readonly ctx: AtlasContext) {
    const id = (name: string) => `export-${name}`;
    const field = (name: string, label: string, control: HTMLElement, hint?: HTMLElement, forFormats?: string) =>
      h('div', { className: 'export-field', 'data-formats': forFormats }, h('label', { for: id(name) }, label), control, hint);
    this.formatInputs = (['png', 'svg', 'pdf'] as const).map((f) => h('input', { type: 'radio', name: 'format', value: f, id: id(`format-${f}`) }));
    this.fields = {
      size: h('select', { id: id('size') }, ...SIZE_PRESET_IDS.map((s) => h('option', { value: s }, SIZE_PRESETS[s].label))),
      dpi: h('input', { id: id('dpi'), type: 'number', min: EXPORT_DPI_MIN, max: EXPORT_DPI_MAX, step: 1, inputmode: 'numeric', 'aria-describedby': id('dpi-hint') }),
      projection: h('select', { id: id('projection') }, h('option', { value: 'conic' }, 'Conic (equidistant, for print)'), h('option', { value: 'mercator' }, 'Mercator (as on screen)')),
      title: h('input', { id: id('title'), type: 'text', maxlength: 120, autocomplete: 'off' }),
      subtitle: h('input', { id: id('subtitle'), type: 'text', maxlength: 120, autocomplete: 'off' }),
      compare: h('input', { id: id('compare'), type: 'date', min: FIRST_DAY, 'aria-describedby': id('compare-hint') }),
      states: h('input', { id: id('states'), type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': id('states-hint') }),
    };
    this.overlayInputs = EXPORT_OVERLAYS.map((o) => h('input', { type: 'checkbox', name: 'overlays', value: o, id: id(`overlay-${o}`) }));
    this.orgPagesInput = h('input', { type: 'checkbox', name: 'org-pages', id: id('org-pages') });
    this.view = h('p', { id: id('view'), className: 'export-view' });
    this.dpiHint = h('p', { id: id('dpi-hint'), className: 'export-hint' });
    this.status = h('p', { id: id('status'), className: 'export-status', role: 'status', 'aria-live': 'polite' });
    this.error = h('p', { id: id('error'), className: 'export-error', role: 'alert' });
    this.runButton = h('button', { type: 'submit', id: id('run'), className: 'export-primary' }, 'Export');
    const cancel = h('button', { type: 'button', id: id('cancel'), onclick: () => this.close() }, 'Cancel');
    this.form = h('form', { method: 'dialog', novalidate: true },
      h('h2', { id: id('dialog-title') }, 'Export'),
      this.view,
      h('fieldset', { className: 'export-formats' },
        h('legend', {}, 'Format'),
        ...this.formatInputs.map((input) => h('label', { className: 'export-choice', for: input.id }, input, ` ${FORMAT_LABELS[input.value as ExportFormat]}`)),
      ),
      field('size', 'Size', this.fields.size),
      field('dpi', 'Resolution (DPI)', this.fields.dpi, this.dpiHint, 'png'),
      field('projection', 'Map projection', this.fields.projection, undefined, 'svg pdf'),
      field('title', 'Title', this.fields.title),
      field('subtitle', 'Subtitle', this.fields.subtitle),
      h('fieldset', { className: 'export-overlays' },
        h('legend', {}, 'Draw on the map'),
        ...this.overlayInputs.map((input) => h('label', { className: 'export-choice', for: input.id }, input, ` ${OVERLAY_LABELS[input.value as ExportOverlay]}`)),
        h('p', { className: 'export-hint' }, 'Ticked as on the map now; each adds its key to the legend.'),
      ),
      h('fieldset', { className: 'export-briefing', 'data-formats': 'pdf' },
        h('legend', {}, 'Briefing'),
        field('compare', 'List changes since', this.fields.compare, h('p', { id: id('compare-hint'), className: 'export-hint' }, 'Empty: ten years before the shown date.')),
        field('states', 'State pages', this.fields.states, h('p', { id: id('states-hint'), className: 'export-hint' }, 'ISO codes separated by commas, e.g. KAZ, KGZ.')),
        h('label', { className: 'export-choice', for: this.orgPagesInput.id }, this.orgPagesInput, ' Organisation pages: members, weight in the world and summits of each shown organisation'),
      ),
      this.error,
      this.status,
      h('div', { className: 'export-actions' }, cancel, this.runButton),
    );
    this.element = h('dialog', { id: 'export-dialog', className: 'export-dialog', 'aria-labelledby': id('dialog-title'), 'aria-describedby': id('view') }, this.form);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.submit();
    });
    this.form.addEventListener('change', () => this.sync());
    this.form.addEventListener('input', () => this.sync());
    this.element.addEventListener('cancel', (e) => {
      // Escape while an export is being drawn would leave it running unseen.
      if (this.busy) e.preventDefault();
    });
    this.element.addEventListener('close', () => {
      this.returnFocus?.focus();
      this.returnFocus = null;
    });
    document.body.append(this.element);
    this.reset();
  }

  get format(): ExportFormat {
    return (this.formatInputs.find((i) => i.checked)?.value ?? 'png') as ExportFormat;
  }

  private reset(): void {
    const d = defaultExportOptions;
    this.formatInputs.forEach((i) => (i.checked = i.value === d.format));
    this.fields.size.value = d.size;
    this.fields.dpi.value = String(d.dpi);
    this.fields.projection.value = d.projection;
  }

  open(format?: ExportFormat, opener: HTMLElement | null = document.activeElement as HTMLElement | null): void {
    const state = this.ctx.getState();
    if (format) this.formatInputs.forEach((i) => (i.checked = i.value === format));
    this.fields.title.placeholder = defaultTitle(state.orgs, state.mode);
    this.fields.compare.max = state.day;
    if (this.fields.compare.value === '' || this.fields.compare.value >= state.day) this.fields.compare.placeholder = defaultCompareDay(state.day);
    if (this.fields.states.value.trim() === '' && state.selected) this.fields.states.value = state.selected;
    const shown = this.ctx.overlays();
    this.overlayInputs.forEach((i) => (i.checked = shown[i.value as ExportOverlay]));
    this.view.textContent = `Current view: as of ${formatPartialDate(state.day)} · ${state.orgs.join(', ')} · ${state.mode === 'count' ? 'count view' : 'status view'}`;
    this.error.textContent = '';
    this.status.textContent = '';
    this.sync();
    this.returnFocus = opener;
    if (!this.element.open) this.element.showModal();
    (this.formatInputs.find((i) => i.checked) ?? this.formatInputs[0]!).focus();
  }

  close(): void {
    if (!this.busy && this.element.open) this.element.close();
  }

  /** Shows the fields that apply to the chosen format and the pixel size the DPI gives. */
  private sync(): void {
    const format = this.format;
    for (const node of this.form.querySelectorAll<HTMLElement>('[data-formats]')) node.hidden = !node.dataset.formats!.split(' ').includes(format);
    for (const option of this.fields.size.options) option.disabled = format === 'pdf' && SIZE_PRESETS[option.value as keyof typeof SIZE_PRESETS].kind !== 'paper';
    if (this.fields.size.selectedOptions[0]?.disabled) this.fields.size.value = PDF_DEFAULT_SIZE;
    this.runButton.textContent = `Export ${format.toUpperCase()}`;
    const dpi = Number(this.fields.dpi.value);
    if (Number.isInteger(dpi) && dpi >= EXPORT_DPI_MIN && dpi <= EXPORT_DPI_MAX) {
      const page = pageGeometry(this.fields.size.value as keyof typeof SIZE_PRESETS, dpi);
      const slide = SIZE_PRESETS[this.fields.size.value as keyof typeof SIZE_PRESETS].kind === 'pixels';
      this.dpiHint.textContent = `${page.widthPx} × ${page.heightPx} px${slide ? ' (a slide keeps its pixel size; DPI sets its print size)' : ''}`;
    } else {
      this.dpiHint.textContent = `A whole number from ${EXPORT_DPI_MIN} to ${EXPORT_DPI_MAX}.`;
    }
  }

  private raw(): RawExportForm {
    const f = this.fields;
    return { format: this.format, size: f.size.value, dpi: f.dpi.value, projection: f.projection.value, title: f.title.value, subtitle: f.subtitle.value, compare: f.compare.value, states: f.states.value, overlays: this.overlayInputs.filter((i) => i.checked).map((i) => i.value), orgPages: this.orgPagesInput.checked };
  }

  private controlFor(field: ExportFormField): HTMLElement {
    return field === 'format' ? this.formatInputs[0]! : field === 'overlays' ? this.overlayInputs[0]! : field === 'orgPages' ? this.orgPagesInput : this.fields[field];
  }

  private async submit(): Promise<void> {
    if (this.busy) return;
    for (const control of this.form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    this.error.textContent = '';
    const state = this.ctx.getState();
    const parsed = parseExportForm(this.raw(), { day: state.day, isKnownState: (c) => this.ctx.queries.statesByIso.has(c) });
    if (!parsed.ok) {
      const control = this.controlFor(parsed.field);
      control.setAttribute('aria-invalid', 'true');
      this.error.textContent = parsed.message;
      control.focus();
      return;
    }
    this.busy = true;
    this.element.setAttribute('aria-busy', 'true');
    this.runButton.disabled = true;
    this.status.textContent = `Drawing the ${parsed.options.format.toUpperCase()}…`;
    try {
      const output = await runExport(this.ctx, parsed.options);
      this.status.textContent = 'Saving…';
      const result = await deliverExport(this.ctx.host, output);
      this.busy = false;
      if (result.ok) {
        this.close();
        this.ctx.notify(result.message);
      } else {
        this.status.textContent = result.message;
      }
    } catch (error) {
      this.error.textContent = `The export failed: ${error instanceof Error ? error.message : String(error)}.`;
      this.status.textContent = '';
    } finally {
      this.busy = false;
      this.element.removeAttribute('aria-busy');
      this.runButton.disabled = false;
    }
  }
}
