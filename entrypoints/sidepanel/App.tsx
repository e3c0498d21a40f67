import { outline } from 'virtual:guide-outline';
import { useEffect, useState } from 'preact/hooks';
import { Guide } from '@/components/guide/Guide';
import { useFocusRescue } from '@/components/hooks/use-focus-rescue';
import { useReplaced } from '@/components/hooks/use-replaced';
import { useScrollPadding } from '@/components/hooks/use-scroll-padding';
import { useSiteReview } from '@/components/hooks/use-site-review';
import { LockButton } from '@/components/lock/LockButton';
import { LockGate } from '@/components/lock/LockGate';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { lazy } from '@/components/ui/lazy';
import { NewerVersion, useNewerData } from '@/components/ui/NewerVersion';
import { QuickExitButton } from '@/components/ui/QuickExitButton';
import { type Tab, Tabs } from '@/components/ui/Tabs';
import { ViewTitle } from '@/components/ui/ViewTitle';
import { guideRoute } from '@/lib/guide-route';

// Each tool's code loads when its tab is first shown: the panel opens with the guide's code only.
const EmergencySignsHere = lazy(() => import('@/components/guide/EmergencySigns').then((m) => m.EmergencySignsHere));
const AftercarePlanForm = lazy(() =>
  import('@/components/tools/aftercare/AftercarePlanForm').then((m) => m.AftercarePlanForm),
);
const Boundaries = lazy(() => import('@/components/tools/boundaries/Boundaries').then((m) => m.Boundaries));
const Journal = lazy(() => import('@/components/tools/journal/Journal').then((m) => m.Journal));
const LockSettings = lazy(() => import('@/components/settings/LockSettings').then((m) => m.LockSettings));
const MySites = lazy(() => import('@/components/tools/my-sites/MySites').then((m) => m.MySites));
const SafeCallPlanForm = lazy(() =>
  import('@/components/tools/safe-call/SafeCallPlanForm').then((m) => m.SafeCallPlanForm),
);
const Timeline = lazy(() => import('@/components/tools/timeline/Timeline').then((m) => m.Timeline));
const YourData = lazy(() => import('@/components/tools/your-data/YourData').then((m) => m.YourData));

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
      id: 'timeline',
      label: 'Timeline',
      // Counting needs nothing private, so it works while locked; only saving is behind the lock.
      render: () => (
        <ErrorBoundary>
          <Timeline />
        </ErrorBoundary>
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
