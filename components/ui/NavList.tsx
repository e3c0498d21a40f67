import type { ComponentChildren } from 'preact';
import { onArrowKeys } from './arrow-navigation';

export interface NavItem {
  /** Element id, so focus can come back to the item. */
  id: string;
  title: string;
  blurb: string;
  /** A further line, e.g. why a search result matched. */
  excerpt?: ComponentChildren;
  onOpen(): void;
}

/** A list of big buttons, moved through with the arrow keys: sections, or search results. */
export function NavList({ items }: { items: readonly NavItem[] }) {
  return (
    <ul class="nav-list" onKeyDown={onArrowKeys}>
      {items.map((item) => (
        <li key={item.id}>
          <button type="button" id={item.id} data-nav-item class="nav-item" onClick={item.onOpen}>
            <span class="nav-title">{item.title}</span>
            <span class="nav-blurb">{item.blurb}</span>
            {item.excerpt !== undefined && <span class="nav-excerpt">{item.excerpt}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
