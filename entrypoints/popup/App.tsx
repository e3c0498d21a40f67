import { useEffect, useState } from 'preact/hooks';
import { Guide } from '@/components/guide/Guide';
import { useScrollPadding } from '@/components/hooks/use-scroll-padding';
import { HiddenWhileLocked } from '@/components/settings/LockedSettings';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { lazy } from '@/components/ui/lazy';
import { NewerVersion, useNewerData } from '@/components/ui/NewerVersion';
import { OpenSidebarButton } from '@/components/ui/OpenSidebarButton';
import { QuickExitButton } from '@/components/ui/QuickExitButton';
import { ViewTitle } from '@/components/ui/ViewTitle';
import { rememberSection, sectionToResume } from '@/lib/lock/last-section';

// "Add this site" (and the site-pattern code behind it) loads after the guide has rendered.
const AddThisSite = lazy(() => import('@/components/tools/my-sites/AddThisSite').then((module) => module.AddThisSite));

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
