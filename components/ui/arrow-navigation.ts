/** Arrow-key movement between the items of a list, so long lists need not be tabbed through. */

const ITEM = '[data-nav-item]';

function items(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(ITEM)];
}

/** Focuses the first item in `container`; returns whether there was one. */
export function focusFirstItem(container: HTMLElement | null): boolean {
  const first = container ? items(container)[0] : undefined;
  first?.focus();
  return first !== undefined;
}

/** Keydown handler for a list: Up/Down move between items, Home/End jump to the ends. */
export function onArrowKeys(event: KeyboardEvent): void {
  const container = event.currentTarget as HTMLElement;
  const list = items(container);
  const current = list.indexOf(document.activeElement as HTMLElement);
  if (current === -1) return;
  const next = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: list.length - 1 }[event.key];
  const target = next === undefined ? undefined : list[next];
  if (!target) return;
  event.preventDefault();
  target.focus();
}
