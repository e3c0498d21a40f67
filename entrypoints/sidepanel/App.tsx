import { useEffect, useState } from 'preact/hooks';
import { Guide } from '@/components/Guide';
import { MySites } from '@/components/MySites';
import { QuickExitButton } from '@/components/QuickExitButton';
import { SafeCallPlanForm } from '@/components/SafeCallPlanForm';
import { type Tab, Tabs } from '@/components/Tabs';

const TABS: readonly Tab[] = [
  { id: 'guide', label: 'Guide', render: () => <Guide detail="full" initial={tipFromHash()} /> },
  { id: 'safe-call', label: 'Safe call', render: () => <SafeCallPlanForm /> },
  { id: 'sites', label: 'My sites', render: () => <MySites /> },
];

/** The tab named in the address (#safe-call), so a reminder can open its plan directly. */
const tabFromHash = () => location.hash.slice(1).split('/')[0] || 'guide';

/** "#guide/<section>/<tip>": a tip card's "more" opens the guide at that tip. */
function tipFromHash(): { sectionId: string; tipId?: string } | undefined {
  const [tab, sectionId, tipId] = location.hash.slice(1).split('/');
  return tab === 'guide' && sectionId ? { sectionId, tipId } : undefined;
}

export function App() {
  const [tab, setTab] = useState(tabFromHash);

  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  return (
    <>
      <header class="bar">
        <h1 class="brand">Tend</h1>
        <QuickExitButton />
      </header>
      <Tabs label="Tend" tabs={TABS} selected={tab} onSelect={setTab} />
    </>
  );
}
