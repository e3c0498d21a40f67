import { describe, expect, it } from 'vitest';
import {
  allTips,
  emergencySigns,
  emergencySignsTitle,
  findTip,
  guideLimits,
  keepPrivate,
  retiredTipIds,
  sections,
  sources,
} from '@/content';
import { boundaryCategories } from '@/content/boundary-items';
import { libraryOutline, outlineOf } from '@/content/outline-of';
import { formatDay } from '@/lib/dates';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (text: string) => ISO_DAY.test(text) && formatDay(text) !== 'Invalid Date';
const liveIds = new Set(allTips.map(({ tip }) => tip.id));
const sourceIds = new Set<string>(sources.map((source) => source.id));

describe('the guide’s honest limits', () => {
  it('gives every source a web address and the day it was checked', () => {
    for (const source of sources) {
      expect(new URL(source.url).protocol, source.id).toBe('https:');
      expect(isDay(source.checked), source.id).toBe(true);
    }
  });

  it('gives every section the day its text was checked against its sources', () => {
    for (const section of sections) expect(isDay(section.checked), section.id).toBe(true);
  });

  it('has a limits line and a keep-private text', () => {
    expect(guideLimits.trim()).not.toBe('');
    expect(keepPrivate.title.trim()).not.toBe('');
    expect(keepPrivate.paragraphs.length).toBeGreaterThan(0);
    for (const paragraph of keepPrivate.paragraphs) expect(paragraph.trim()).not.toBe('');
  });
});

describe('the emergency signs', () => {
  it('are a titled list with unique ids, real sources and no empty text', () => {
    expect(emergencySignsTitle.trim()).not.toBe('');
    expect(emergencySigns.length).toBeGreaterThan(0);
    expect(new Set(emergencySigns.map((sign) => sign.id)).size).toBe(emergencySigns.length);
    for (const sign of emergencySigns) {
      expect(sign.text.trim(), sign.id).not.toBe('');
      expect(sourceIds, sign.id).toContain(sign.source);
    }
  });

  it('are shown by exactly one section, first aid', () => {
    expect(sections.filter((section) => section.showsEmergencySigns).map((section) => section.id)).toEqual([
      'first-aid',
    ]);
  });
});

describe('cross-references', () => {
  it('resolve every retired tip id to a live tip, and retire no live id', () => {
    for (const [old, kept] of Object.entries(retiredTipIds)) {
      expect(liveIds, old).not.toContain(old);
      expect(liveIds, old).toContain(kept);
      expect(findTip(old)?.tip.id, old).toBe(kept);
    }
  });

  it('point every boundary item’s tip at a live tip by its current id', () => {
    const items = boundaryCategories.flatMap((category) => category.items);
    expect(items.some((item) => item.tipId)).toBe(true);
    for (const item of items) if (item.tipId) expect(liveIds, item.id).toContain(item.tipId);
  });
});

describe('the outline a view’s first screen gets', () => {
  it('holds every section and tip in order, with titles and summaries but no bodies', () => {
    const outline = libraryOutline();
    expect(outline.map((section) => section.id)).toEqual(sections.map((section) => section.id));
    outline.forEach((section, index) => {
      const full = sections[index];
      expect(section.tips.map((tip) => [tip.id, tip.title, tip.summary, tip.source])).toEqual(
        full?.tips.map((tip) => [tip.id, tip.title, tip.summary, tip.source]),
      );
      expect(section.checked).toBe(full?.checked);
      for (const tip of section.tips) expect(Object.keys(tip).sort()).toEqual(['id', 'source', 'summary', 'title']);
    });
  });

  it('is plain data the build can write out', () => {
    const outline = outlineOf(sections);
    expect(JSON.parse(JSON.stringify(outline))).toEqual(outline);
    expect(JSON.stringify(outline)).not.toContain(allTips[0]?.tip.body[0]);
  });
});

describe('formatDay', () => {
  it('writes an ISO day as people read it, whatever the time zone', () => {
    expect(formatDay('2026-11-30')).toBe('30 November 2026');
    expect(formatDay('2027-01-01')).toBe('1 January 2027');
  });
});
