/**
 * The notice strip over the map: what was ignored or went wrong, and what was kept. Notices from
 * one source (the link, say) replace that source's earlier ones instead of piling up.
 */
import { h } from '../dom/dom.js';
import { capNotices } from './notice-list.js';

export interface Notices {
  /** Shows the messages (merged and capped); with a `source`, replaces that source's earlier ones. */
  show(messages: readonly string[], source?: string): void;
  dispose(): void;
}

export function mountNotices(box: HTMLElement): Notices {
  const bySource = new Map<string, HTMLElement[]>();
  const show = (messages: readonly string[], source?: string): void => {
    if (source !== undefined) {
      for (const item of bySource.get(source) ?? []) item.remove();
      bySource.delete(source);
    }
    const items = capNotices(messages).map((text) => {
      const item: HTMLElement = h('div', { className: 'notice' },
        h('span', { className: 'notice-text' }, text),
        h('button', { type: 'button', 'aria-label': 'Dismiss', onclick: () => item.remove() }, '×'));
      return item;
    });
    box.append(...items);
    if (source !== undefined && items.length > 0) bySource.set(source, items);
  };
  return { show, dispose: () => box.replaceChildren() };
}
