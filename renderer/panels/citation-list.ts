/**
 * Numbers the sources a panel cites, in order of first citation, so every fact can carry a
 * "[3]" that points to the same line of the Sources section.
 */
import type { Citation } from '../../geodata/src/schema.js';
import { h } from '../dom/dom.js';

export class CitationList {
  private readonly bySource = new Map<string, Citation[]>();

  constructor(private readonly sourceTitle: (sourceId: string) => string | undefined) {}

  /** Source ids in citation order. */
  get sourceIds(): string[] {
    return [...this.bySource.keys()];
  }

  numberOf(sourceId: string): number {
    return this.sourceIds.indexOf(sourceId) + 1;
  }

  /** Records the citations and returns a superscript mark "[1][4]" whose tooltip says what each supports. */
  mark(citations: readonly Citation[]): HTMLElement {
    const numbers: number[] = [];
    const notes: string[] = [];
    for (const c of citations) {
      if (!this.bySource.has(c.source)) this.bySource.set(c.source, []);
      this.bySource.get(c.source)!.push(c);
      const n = this.numberOf(c.source);
      if (!numbers.includes(n)) numbers.push(n);
      notes.push(`[${n}] ${this.sourceTitle(c.source) ?? c.source}: ${c.supports}${c.locator ? ` (${c.locator})` : ''}`);
    }
    return h('sup', { className: 'cite', title: notes.join('\n') }, numbers.map((n) => `[${n}]`).join(''));
  }
}
