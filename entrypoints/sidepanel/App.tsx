import { outline } from 'virtual:guide-outline';
import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { Guide } from '@/components/Guide';
import { LockButton } from '@/components/LockButton';
import { LockGate } from '@/components/LockGate';
import { lazy } from '@/components/lazy';
import { NewerVersion, useNewerData } from '@/components/NewerVersion';
import { QuickExitButton } from '@/components/QuickExitButton';
import { type Tab, Tabs } from '@/components/Tabs';
import { useFocusRescue } from '@/components/use-focus-rescue';
import { useReplaced } from '@/components/use-replaced';
import { useScrollPadding } from '@/components/use-scroll-padding';
import { useSiteReview } from '@/components/use-site-review';
import { ViewTitle } from '@/components/ViewTitle';
import { guideRoute } from '@/lib/guide-route';

// Each tool's code loads when its tab is first shown: the panel opens with the guide's code only.
const EmergencySignsHere = lazy(() => import('@/components/EmergencySigns').then((m) => m.EmergencySignsHere));
const AftercarePlanForm = lazy(() => import('@/components/AftercarePlanForm').then((m) => m.AftercarePlanForm));
const Boundaries = lazy(() => import('@/components/Boundaries').then((m) => m.Boundaries));
const Journal = lazy(() => import('@/components/Journal').then((m) => m.Journal));
const LockSettings = lazy(() => import('@/components/LockSettings').then((m) => m.LockSettings));
const MySites = lazy(() => import('@/components/MySites').then((m) => m.MySites));
const SafeCallPlanForm = lazy(() => import('@/components/SafeCallPlanForm').then((m) => m.SafeCallPlanForm));
const YourData = lazy(() => import('@/components/YourData').then((m) => m.YourData));

/** The tab named in the address (#safe-call), so a reminder can open its plan directly. */
const tabFromHash = () => location.hash.slice(1).split('/')[0] || 'guide';

export function App() {
  const [tab, setTab] = useState(tabFromHash);
  const { generation, notice, replaced } = useReplaced();
  useSiteReview();
  useFocusRescue();
  const header = useScrollPadding<HTMLElement>('top');
  const newer = useNewerData();

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const tabs: readonly Tab[] = [
    {
      id: 'guide',
      label: 'Guide',
      render: () => (
        <ErrorBoundary>
          <Guide detail="full" initial={guideRoute(location.hash, outline)} />
        </ErrorBoundary>
      ),
    },
    {
      id: 'boundaries',
      label: 'Boundaries',
      render: () => (
        <ErrorBoundary>
          <LockGate>
            <Boundaries />
          </LockGate>
        </ErrorBoundary>
      ),
    },
    {
      id: 'safe-call',
      label: 'Safe call',
      render: () => (
        <ErrorBoundary>
          <LockGate>
            <SafeCallPlanForm />
          </LockGate>
        </ErrorBoundary>
      ),
    },
    {
      id: 'aftercare',
      label: 'Aftercare',
      // What to call emergency services for is guide content: shown above the lock, even while locked.
      render: () => (
        <>
          <ErrorBoundary>
            <EmergencySignsHere level={2} />
          </ErrorBoundary>
          <ErrorBoundary>
            <LockGate>
              <AftercarePlanForm />
            </LockGate>
          </ErrorBoundary>
        </>
      ),
    },
    {
      id: 'journal',
      label: 'Journal',
      render: () => (
        <ErrorBoundary>
          <LockGate>
            <Journal />
          </LockGate>
        </ErrorBoundary>
      ),
    },
    {
      id: 'sites',
      label: 'My sites',
      // Which sites the user visits is private too: behind the lock, like the notes.
      render: () => (
        <ErrorBoundary>
          <LockGate>
            <MySites />
          </LockGate>
        </ErrorBoundary>
      ),
    },
    {
      id: 'data',
      label: 'Your data',
      render: () => (
        <>
          <ErrorBoundary>
            <YourData notice={notice} onReplaced={replaced} />
          </ErrorBoundary>
          <ErrorBoundary>
            <LockSettings />
          </ErrorBoundary>
        </>
      ),
    },
  ];

  const select = (id: string) => {
    setTab(id);
    // Kept in the address so a reload stays on the same tool.
    history.replaceState(null, '', `#${id}`);
  };

  return (
    <>
      <header class="bar" ref={header}>
        <ViewTitle view="sidepanel" />
        {/* Quick exit is the first control in every view, before Lock. */}
        <QuickExitButton />
        <LockButton />
      </header>
      <main>
        {newer ? (
          <NewerVersion />
        ) : (
          <Tabs key={generation} label="Tools" tabs={tabs} selected={tab} onSelect={select} />
        )}
      </main>
    </>
  );
}
