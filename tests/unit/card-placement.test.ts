import { describe, expect, it } from 'vitest';
import { findFreeSpot, GAP, type Rect } from '@/lib/in-page/card-placement';

const view = { width: 1280, height: 720, scrollX: 0, scrollY: 0 };
const card = { width: 272, height: 120 };
// A centred 40rem column, as on most community sites.
const column: Rect = { left: 320, top: 0, width: 640, height: 2000 };

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('findFreeSpot', () => {
  it('puts the card at the bottom right when it is free', () => {
    expect(findFreeSpot(view, card, [column])).toEqual({ left: 1280 - 272 - GAP, top: 720 - 120 - GAP });
  });

  it('follows the scroll position (page coordinates)', () => {
    expect(findFreeSpot({ ...view, scrollY: 500 }, card, [column])).toEqual({
      left: 1280 - 272 - GAP,
      top: 500 + 720 - 120 - GAP,
    });
  });

  it('moves up the right edge, then to the left edge, to avoid content', () => {
    const button: Rect = { left: 1100, top: 600, width: 150, height: 100 };
    const up = findFreeSpot(view, card, [column, button]);
    expect(up?.left).toBe(1280 - 272 - GAP);
    expect(overlaps({ ...(up as { left: number; top: number }), ...card }, button)).toBe(false);

    const rightColumn: Rect = { left: 900, top: 0, width: 380, height: 2000 };
    expect(findFreeSpot(view, card, [column, rightColumn])).toEqual({ left: GAP, top: 720 - 120 - GAP });
  });

  it('gives no spot when content fills the view, or the view is too small', () => {
    expect(findFreeSpot(view, card, [{ left: 0, top: 0, width: 1280, height: 720 }])).toBeUndefined();
    expect(findFreeSpot({ ...view, width: 200 }, card, [])).toBeUndefined();
    expect(findFreeSpot({ ...view, height: 100 }, card, [])).toBeUndefined();
  });
});
