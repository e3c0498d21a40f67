import { describe, expect, it } from 'vitest';
import { allTips } from '@/content';
import { canonicalise, createSearch, matchedSentence, type SearchHit } from '@/content/search';

const search = createSearch();
const sectionsOf = (query: string) => search.search(query).map((hit) => hit.section.id);
const textOf = (query: string) =>
  search
    .search(query)
    .slice(0, 3)
    .map(({ tip }) => [tip.title, tip.summary, ...tip.body, ...(tip.keywords ?? [])].join(' ').toLowerCase());

describe('canonicalise', () => {
  it.each([
    ['Safe word', 'safeword'],
    ['safe-word', 'safeword'],
    ['SAFEWORD!', 'safeword'],
    ['agree a safe word first', 'agree a safeword first'],
    ['condoms', 'condom'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalise(input)).toBe(expected);
  });

  it('leaves words that only contain a synonym alone', () => {
    expect(canonicalise('unsafe wording')).toBe('unsafe wording');
  });
});

describe('search', () => {
  it('finds safe words however they are written', () => {
    for (const query of ['safeword', 'safe word', 'safe-word', 'Safe Words']) {
      expect(sectionsOf(query)[0], query).toBe('safe-words');
    }
  });

  it('finds the warning about pressure on the neck from "choking" and "strangulation"', () => {
    for (const query of ['choking', 'strangulation']) {
      expect(
        textOf(query).some((text) => text.includes('neck')),
        query,
      ).toBe(true);
    }
  });

  it('finds condom advice, even with a typo', () => {
    for (const query of ['condom', 'condoms', 'condm', 'comdom']) {
      expect(textOf(query)[0], query).toMatch(/condom/);
    }
  });

  it('matches the start of a word as the user types', () => {
    expect(sectionsOf('afterc')).toContain('aftercare');
  });

  it('matches titles, summaries and body text', () => {
    const { tip } = allTips[0] ?? {};
    if (!tip) throw new Error('the library has tips');
    expect(search.search(tip.title)[0]?.tip.id).toBe(tip.id);
  });

  it('prefers results that match every word, and falls back to any word', () => {
    const both = search.search('first aid kit');
    expect(both[0]?.section.id).toBe('first-aid');
    expect(search.search('aftercare xylophone').length).toBeGreaterThan(0);
  });

  it('returns nothing for blank or unmatched queries', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzzzqqqq')).toEqual([]);
  });
});

/** The marked stretches of a hit's sentence. */
const marked = ({ sentence }: SearchHit) => sentence.marks.map(([start, end]) => sentence.text.slice(start, end));

/** The first hit's sentence with each marked stretch in [brackets]. */
function why(query: string): string {
  const found = search.search(query)[0];
  if (!found) throw new Error(`nothing found for ${query}`);
  const { text, marks } = found.sentence;
  let out = '';
  let at = 0;
  for (const [start, end] of marks) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
}

describe('why a result matched', () => {
  it('marks a plain word, or a word of its synonym group, and nothing else', () => {
    const hits = search.search('condom');
    expect(hits[0] && marked(hits[0]).length).toBeGreaterThan(0);
    // A hit found only through its section's name or keywords shows its summary, unmarked.
    for (const hit of hits) for (const text of marked(hit)) expect(canonicalise(text), hit.tip.id).toBe('condom');
  });

  it('marks what a synonym stands for: "plan b" finds emergency contraception', () => {
    expect(search.search('plan b')[0]?.tip.id).toBe('emergency-contraception');
    for (const query of ['plan b', 'morning after']) {
      const [hit] = search.search(query);
      expect(hit && marked(hit).length, query).toBeGreaterThan(0);
      for (const text of hit ? marked(hit) : []) expect(canonicalise(text), query).toBe('contraception');
    }
  });

  it('marks the whole word a prefix matched: "tingl" marks tingling', () => {
    expect(why('tingl')).toMatch(/\[tingl\w+\]/i);
  });

  it('takes the title first, then the summary, then the body, one sentence only', () => {
    const sentence = matchedSentence({ title: 'Ask first', summary: 'One. Ask again. Two.', body: [] }, ['ask']);
    expect(sentence).toEqual({ text: 'Ask first', marks: [[0, 3]] });
    expect(matchedSentence({ title: 'Title', summary: 'One. Then ask again! Two.', body: [] }, ['ask'])).toEqual({
      text: 'Then ask again!',
      marks: [[5, 8]],
    });
    // Only a keyword matched: the summary's first sentence, with nothing marked.
    expect(matchedSentence({ title: 'Title', summary: 'One. Two.', body: ['Three.'] }, ['ask'])).toEqual({
      text: 'One.',
      marks: [],
    });
  });

  it('marks each plain word of the sentence that matched', () => {
    const sentence = matchedSentence({ title: 'T', summary: 'Use condoms. A new condom each time.', body: [] }, [
      'condom',
    ]);
    expect(sentence).toEqual({ text: 'Use condoms.', marks: [[4, 11]] });
  });

  it('marks a synonym phrase however it is punctuated', () => {
    expect(matchedSentence({ title: 'Agree a Safe-Word first', summary: '', body: [] }, ['safeword']).marks).toEqual([
      [8, 17],
    ]);
  });
});

describe('new synonyms', () => {
  it.each([
    ['passed out', 'unconscious'],
    ['blackout', 'unconscious'],
    ['tingling', 'numbness'],
    ['shears', 'shears'],
    ['scissors', 'shears'],
    ['poppers', 'poppers'],
    ['yellow', 'trafficlight'],
    ['morning after', 'contraception'],
    ['plan b', 'contraception'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalise(input)).toBe(expected);
  });

  it('reads "G" as GHB only when it is the whole query', () => {
    const ghb = search.search('ghb').map(({ tip }) => tip.id);
    expect(ghb.length).toBeGreaterThan(0);
    expect(search.search('G').map(({ tip }) => tip.id)).toEqual(ghb);
    expect(canonicalise('g spot')).toBe('g spot');
  });

  it('finds the tips the new words are about, and marks what they matched', () => {
    expect(search.search('yellow')[0]?.tip.id).toBe('traffic-lights');
    for (const [query, token] of [
      ['shears', 'shears'],
      ['poppers', 'poppers'],
      ['passed out', 'unconscious'],
      ['blackout', 'unconscious'],
      ['tingling', 'numbness'],
      ['morning after', 'contraception'],
    ] as const) {
      const [hit] = search.search(query);
      expect(hit && marked(hit).length, query).toBeGreaterThan(0);
      for (const text of hit ? marked(hit) : []) expect(canonicalise(text), query).toBe(token);
    }
  });

  it('"drop" finds both the drop tip and the wordless-signals tip in its top three', () => {
    const top = search
      .search('drop')
      .slice(0, 3)
      .map(({ tip }) => tip.id);
    expect(top).toEqual(expect.arrayContaining(['drop-can-come-later', 'signals-without-words']));
  });
});
