import { describe, expect, it } from 'vitest';
import { findTip, type PageContext } from '@/content';
import { SITE_TIP_HEADING, SITE_TIP_LINES } from '@/content/tip-rules';
import { chooseTip, displayOf, isSiteTipId, rememberShown } from '@/lib/sites/site-tips';

const contexts: PageContext[] = ['messaging', 'meeting', 'event', 'profile', 'general'];

describe('chooseTip', () => {
  it.each(contexts)('picks a tip tagged %s that may appear on sites', (context) => {
    const placed = chooseTip(context, { dismissed: [], recent: [] });
    expect(placed?.tip.tags).toContain(context);
    expect(SITE_TIP_LINES[placed?.tip.id ?? '']).toBeDefined();
  });

  it.each(contexts)('rotates through every %s tip before repeating one', (context) => {
    let recent: string[] = [];
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const id = chooseTip(context, { dismissed: [], recent })?.tip.id as string;
      seen.push(id);
      recent = rememberShown(recent, id);
    }
    const distinct = new Set(seen).size;
    expect(distinct).toBeGreaterThanOrEqual(2);
    // No tip twice in a row, and the first `distinct` picks are all different.
    for (let i = 1; i < seen.length; i++) expect(seen[i]).not.toBe(seen[i - 1]);
    expect(new Set(seen.slice(0, distinct)).size).toBe(distinct);
  });

  it('never picks a dismissed tip', () => {
    const dismissed: string[] = [];
    for (;;) {
      const placed = chooseTip('meeting', { dismissed, recent: [] });
      if (!placed) break;
      expect(dismissed).not.toContain(placed.tip.id);
      dismissed.push(placed.tip.id);
    }
    // Every meeting tip, then every general one, until none is left.
    const fitting = Object.keys(SITE_TIP_LINES).filter((id) =>
      findTip(id)?.tip.tags.some((tag) => tag === 'meeting' || tag === 'general'),
    );
    expect(dismissed.sort()).toEqual(fitting.sort());
  });

  it('falls back to a general tip when every tip for the context is dismissed', () => {
    const eventTips = Object.keys(SITE_TIP_LINES).filter((id) => findTip(id)?.tip.tags.includes('event'));
    const placed = chooseTip('event', { dismissed: eventTips, recent: [] });
    expect(placed?.tip.tags).toContain('general');
    expect(eventTips).not.toContain(placed?.tip.id);
  });
});

describe('displayOf', () => {
  it('gives only the id, the neutral heading and the calm line', () => {
    const placed = chooseTip('meeting', { dismissed: [], recent: [] });
    if (!placed) throw new Error('no tip');
    expect(displayOf(placed)).toEqual({
      id: placed.tip.id,
      heading: SITE_TIP_HEADING,
      line: SITE_TIP_LINES[placed.tip.id],
    });
  });
});

describe('isSiteTipId', () => {
  it('accepts only tips that may appear on sites', () => {
    expect(isSiteTipId('have-backup')).toBe(true);
    expect(isSiteTipId('pep-72-hours')).toBe(false);
    expect(isSiteTipId('no-such-tip')).toBe(false);
  });
});
