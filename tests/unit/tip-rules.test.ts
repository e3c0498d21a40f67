import { describe, expect, it } from 'vitest';
import { findTip } from '@/content';
import { PAGE_CONTEXTS, SITE_TIP_HEADING, SITE_TIP_LINES, WORDS_NEVER_ON_A_CARD } from '@/content/tip-rules';

describe('tip rules', () => {
  const lines = Object.entries(SITE_TIP_LINES);

  it.each(lines)('%s is a tip in the library', (id) => {
    expect(findTip(id)).toBeDefined();
  });

  it.each([...lines, ['heading', SITE_TIP_HEADING]])('%s reads neutrally at a glance', (_id, line) => {
    for (const word of WORDS_NEVER_ON_A_CARD) expect(line.toLowerCase()).not.toMatch(new RegExp(`\\b${word}\\b`));
    expect(line.length).toBeLessThanOrEqual(90);
  });

  it.each(PAGE_CONTEXTS)('%s pages have at least three tips to rotate', (context) => {
    const fitting = lines.filter(([id]) => findTip(id)?.tip.tags.includes(context));
    expect(fitting.length).toBeGreaterThanOrEqual(3);
  });
});
