import { useEffect, useState } from 'preact/hooks';
import { Guide } from '@/components/Guide';
import { HiddenWhileLocked } from '@/components/LockedSettings';
import { lazy } from '@/components/lazy';
import { OpenSidebarButton } from '@/components/OpenSidebarButton';
import { QuickExitButton } from '@/components/QuickExitButton';
import { useScrollPadding } from '@/components/use-scroll-padding';
import { ViewTitle } from '@/components/ViewTitle';
import { rememberSection, sectionToResume } from '@/lib/last-section';

// "Add this site" (and the site-pattern code behind it) loads after the guide has rendered.
const AddThisSite = lazy(() => import('@/components/AddThisSite').then((module) => module.AddThisSite));

export function App() {
  const [lastSectionId, setLastSectionId] = useState<string>();
  const header = useScrollPadding<HTMLElement>('top');
  const footer = useScrollPadding<HTMLElement>('bottom');

  useEffect(() => {
    void sectionToResume().then(setLastSectionId);
  }, []);

  const remember = (sectionId: string) => {
    setLastSectionId(sectionId);
    void rememberSection(sectionId);
  };

  return (
    <>
      <header class="bar" ref={header}>
        <ViewTitle view="popup" />
        <QuickExitButton />
      </header>
      <main class="content">
        <Guide detail="summary" focusSearchOnOpen resumeSectionId={lastSectionId} onOpenSection={remember} />
        <HiddenWhileLocked>
          <AddThisSite />
        </HiddenWhileLocked>
      </main>
      <footer class="popup-footer" ref={footer}>
        <OpenSidebarButton />
      </footer>
    </>
  );
}
