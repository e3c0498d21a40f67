import { useEffect, useState } from 'preact/hooks';
import { Guide } from '@/components/Guide';
import { LockButton } from '@/components/LockButton';
import { LockGate } from '@/components/LockGate';
import { lazy } from '@/components/lazy';
import { QuickExitButton } from '@/components/QuickExitButton';
import { type Tab, Tabs } from '@/components/Tabs';
import { useReplaced } from '@/components/use-replaced';
import { useSiteReview } from '@/components/use-site-review';
import { ViewTitle } from '@/components/ViewTitle';

// Each tool's code loads when its tab is first shown: the panel opens with the guide's code only.
const AftercarePlanForm = lazy(() => import('@/components/AftercarePlanForm').then((m) => m.AftercarePlanForm));
const Boundaries = lazy(() => import('@/components/Boundaries').then((m) => m.Boundaries));
const Journal = lazy(() => import('@/components/Journal').then((m) => m.Journal));
const LockSettings = lazy(() => import('@/components/LockSettings').then((m) => m.LockSettings));
const MySites = lazy(() => import('@/components/MySites').then((m) => m.MySites));
const SafeCallPlanForm = lazy(() => import('@/components/SafeCallPlanForm').then((m) => m.SafeCallPlanForm));
const YourData = lazy(() => import('@/components/YourData').then((m) => m.YourData));

/** The tab named in the address (#safe-call), so a reminder can open its plan directly. */
const tabFromHash = () => location.hash.slice(1).split('/')[0] || 'guide';

/** "#guide/<section>/<tip>": a tip card's "more" opens the guide at that tip. */
function tipFromHash(): { sectionId: string; tipId?: string } | undefined {
  const [tab, sectionId, tipId] = location.hash.slice(1).split('/');
  return tab === 'guide' && sectionId ? { sectionId, tipId } : undefined;
}

export function App() {
  const [tab, setTab] = useState(tabFromHash);
  const { generation, notice, replaced } = useReplaced();
  useSiteReview();

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const tabs: readonly Tab[] = [
    { id: 'guide', label: 'Guide', render: () => <Guide detail="full" initial={tipFromHash()} /> },
    {
      id: 'boundaries',
      label: 'Boundaries',
      render: () => (
        <LockGate>
          <Boundaries />
        </LockGate>
      ),
    },
    {
      id: 'safe-call',
      label: 'Safe call',
      render: () => (
        <LockGate>
          <SafeCallPlanForm />
        </LockGate>
      ),
    },
    {
      id: 'aftercare',
      label: 'Aftercare',
      render: () => (
        <LockGate>
          <AftercarePlanForm />
        </LockGate>
      ),
    },
    {
      id: 'journal',
      label: 'Journal',
      render: () => (
        <LockGate>
          <Journal />
        </LockGate>
      ),
    },
    { id: 'sites', label: 'My sites', render: () => <MySites /> },
    {
      id: 'data',
      label: 'Your data',
      render: () => (
        <>
          <YourData notice={notice} onReplaced={replaced} />
          <LockSettings />
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
      <header class="bar">
        <ViewTitle view="sidepanel" />
        <LockButton />
        <QuickExitButton />
      </header>
      <main>
        <Tabs key={generation} label="Tend" tabs={tabs} selected={tab} onSelect={select} />
      </main>
    </>
  );
}
