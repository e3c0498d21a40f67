import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { Guide } from '@/components/Guide';
import { HiddenWhileLocked } from '@/components/LockedSettings';
import { lazy } from '@/components/lazy';
import { NewerVersion, useNewerData } from '@/components/NewerVersion';
import { OpenSidebarButton } from '@/components/OpenSidebarButton';
import { QuickExitButton } from '@/components/QuickExitButton';
import { useScrollPadding } from '@/components/use-scroll-padding';
import { ViewTitle } from '@/components/ViewTitle';
import { rememberSection, sectionToResume } from '@/lib/lock/last-section';

// "Add this site" (and the site-pattern code behind it) loads after the guide has rendered.
const AddThisSite = lazy(() => import('@/components/AddThisSite').then((module) => module.AddThisSite));

export function App() {
  const [lastSectionId, setLastSectionId] = useState<string>();
  const header = useScrollPadding<HTMLElement>('top');
  const footer = useScrollPadding<HTMLElement>('bottom');
  const newer = useNewerData();

  useEffect(() => {
    // Unreadable (a newer Tend's data, say): the popup opens on the section list, as on first use.
    sectionToResume().then(setLastSectionId, () => undefined);
  }, []);

  const remember = (sectionId: string) => {
    setLastSectionId(sectionId);
    // Only a convenience for next time: the popup works the same if it is not saved.
    rememberSection(sectionId).catch(() => undefined);
  };

  return (
    <>
      <header class="bar" ref={header}>
        <ViewTitle view="popup" />
        <QuickExitButton />
      </header>
      <main class="content">
        {newer ? (
          <NewerVersion />
        ) : (
          <>
            <ErrorBoundary>
              <Guide detail="summary" focusSearchOnOpen resumeSectionId={lastSectionId} onOpenSection={remember} />
            </ErrorBoundary>
            <HiddenWhileLocked>
              <ErrorBoundary>
                <AddThisSite />
              </ErrorBoundary>
            </HiddenWhileLocked>
          </>
        )}
      </main>
      <footer class="popup-footer" ref={footer}>
        <OpenSidebarButton />
      </footer>
    </>
  );
}
