/** One titled section of the state panel: <section id="panel-section-…"> with its <h3>. */
import { h } from '../dom/dom.js';

type Child = Node | string | null | undefined | false;

export function panelSection(key: string, title: string, ...children: Child[]): HTMLElement {
  const headingId = `panel-heading-${key}`;
  return h('section', { className: 'panel-section', id: `panel-section-${key}`, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, title),
    ...children,
  );
}
