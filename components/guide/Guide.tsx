import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useSections } from '@/components/hooks/use-library';
import { focusFirstItem } from '@/components/ui/arrow-navigation';
import { TextInput } from '@/components/ui/PrivateText';
import { guideLimits } from '@/content/limits';
import type { GuideSearch } from '@/content/search';
import { SearchResults, searchCount } from './SearchResults';
import { SectionList } from './SectionList';
import { SectionView } from './SectionView';
import type { Detail } from './TipCard';

type View = { name: 'home' } | { name: 'section'; sectionId: string; tipId?: string };

interface GuideProps {
  detail: Detail;
  /** Section the user last opened, offered as a shortcut. */
  resumeSectionId?: string;
  onOpenSection?(sectionId: string): void;
  /** The popup starts in the search box; in the sidebar the guide is one tab and focus stays on it. */
  focusSearchOnOpen?: boolean;
  /** A section (and tip) to open first, e.g. from a tip card's "more". */
  initial?: { sectionId: string; tipId?: string };
}

// The search engine and its index load on the first search, not at start-up, so the guide opens fast.
// They come with the whole library (tip bodies too), so a query typed before the bodies arrive waits for them.
let engine: Promise<GuideSearch> | undefined;
function loadSearch(): Promise<GuideSearch> {
  engine ??= import('@/content/search').then(({ createSearch }) => createSearch());
  return engine;
}

/** The guide: search, the list of sections, and one section at a time. */
export function Guide({ detail, resumeSectionId, onOpenSection, focusSearchOnOpen = false, initial }: GuideProps) {
  const sections = useSections();
  const [view, setView] = useState<View>(initial ? { name: 'section', ...initial } : { name: 'home' });
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<GuideSearch>();
  // Where focus goes back to when the user returns from a section.
  const returnFocus = useRef<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const searching = query.trim() !== '';
  useEffect(() => {
    if (searching && !search) void loadSearch().then(setSearch);
  }, [searching, search]);
  const hits = useMemo(() => (search && searching ? search.search(query) : undefined), [search, searching, query]);

  const opened = useRef(false);
  useEffect(() => {
    const first = !opened.current;
    opened.current = true;
    if (view.name !== 'home' || (first && !focusSearchOnOpen)) return;
    const target = returnFocus.current ? document.getElementById(returnFocus.current) : null;
    (target ?? searchRef.current)?.focus();
  }, [view, focusSearchOnOpen]);

  const open = (sectionId: string, tipId?: string) => {
    returnFocus.current = tipId ? `hit-${tipId}` : `open-${sectionId}`;
    setView({ name: 'section', sectionId, tipId });
    onOpenSection?.(sectionId);
  };

  const findSection = (id: string) => sections.find((section) => section.id === id);
  const section = view.name === 'section' ? findSection(view.sectionId) : undefined;
  if (view.name === 'section' && section) {
    return (
      <SectionView section={section} detail={detail} tipId={view.tipId} onBack={() => setView({ name: 'home' })} />
    );
  }

  const resume = resumeSectionId ? findSection(resumeSectionId) : undefined;
  return (
    <div class="guide-home">
      <div class="search">
        <label for="guide-search">Search the guide</label>
        <TextInput
          id="guide-search"
          ref={searchRef}
          type="search"
          aria-describedby={focusSearchOnOpen ? 'exit-hint' : undefined}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' && focusFirstItem(listRef.current)) event.preventDefault();
          }}
        />
        {/* Focus starts here, after Quick exit: say how to get back to it. */}
        {focusSearchOnOpen && (
          <p class="hint" id="exit-hint">
            To leave at once, press <kbd>Shift+Tab</kbd> for Quick exit.
          </p>
        )}
      </div>
      <p class="limits">{guideLimits}</p>
      {/* Always on the page, so screen readers are listening before the first count arrives. */}
      <p class="status" role="status">
        {searching && hits ? searchCount(query.trim(), hits) : ''}
      </p>
      <div ref={listRef}>
        {searching ? (
          hits && <SearchResults hits={hits} onOpen={open} />
        ) : (
          <>
            {resume && (
              <button type="button" id="resume" class="resume" onClick={() => open(resume.id)}>
                Continue where you left off: <strong>{resume.title}</strong>
              </button>
            )}
            <SectionList sections={sections} onOpen={open} />
          </>
        )}
      </div>
    </div>
  );
}
