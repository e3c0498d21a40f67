/**
 * Where the tip card goes: a spot in the visible part of the page that overlaps none of the page's
 * content or controls, such as the margin beside a centred column. Pure over rectangles, so it is
 * unit-tested without a browser. No free spot means the card is not laid over the page at all.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
  scrollX: number;
  scrollY: number;
}

/** Space kept between the card and the page's content or the window's edge. */
export const GAP = 12;

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.left + b.width + GAP &&
  b.left < a.left + a.width + GAP &&
  a.top < b.top + b.height + GAP &&
  b.top < a.top + a.height + GAP;

/**
 * A free spot for a card of `size`, in page coordinates (for position: absolute), trying the
 * bottom right first, then the rest of the right edge, then the left edge. `occupied` holds the
 * page's content boxes in page coordinates.
 */
export function findFreeSpot(
  view: Viewport,
  size: { width: number; height: number },
  occupied: readonly Rect[],
): { left: number; top: number } | undefined {
  const right = view.scrollX + view.width - size.width - GAP;
  const left = view.scrollX + GAP;
  const bottom = view.scrollY + view.height - size.height - GAP;
  const step = 24;
  if (right < left || bottom < view.scrollY + GAP) return undefined;
  for (const x of right === left ? [right] : [right, left]) {
    for (let y = bottom; y >= view.scrollY + GAP; y -= step) {
      const spot = { left: x, top: y, width: size.width, height: size.height };
      if (!occupied.some((rect) => overlaps(spot, rect))) return { left: x, top: y };
    }
  }
  return undefined;
}
