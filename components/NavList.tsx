import { onArrowKeys } from './arrow-navigation';

export interface NavItem {
  /** Element id, so focus can come back to the item. */
  id: string;
  title: string;
  blurb: string;
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
          </button>
        </li>
      ))}
    </ul>
  );
}
