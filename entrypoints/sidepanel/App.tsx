import { useEffect, useState } from 'preact/hooks';
import { Guide } from '@/components/Guide';
import { QuickExitButton } from '@/components/QuickExitButton';
import { SafeCallPlanForm } from '@/components/SafeCallPlanForm';
import { type Tab, Tabs } from '@/components/Tabs';
import { ViewTitle } from '@/components/ViewTitle';

const TABS: readonly Tab[] = [
  { id: 'guide', label: 'Guide', render: () => <Guide detail="full" /> },
  { id: 'safe-call', label: 'Safe call', render: () => <SafeCallPlanForm /> },
];

/** The tab named in the address (#safe-call), so a reminder can open its plan directly. */
const tabFromHash = () => location.hash.slice(1) || 'guide';

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
        <ViewTitle view="sidepanel" />
        <QuickExitButton />
      </header>
      <Tabs label="Tend" tabs={TABS} selected={tab} onSelect={setTab} />
    </>
  );
}
