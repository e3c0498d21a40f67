import { useEffect, useState } from 'preact/hooks';
import { Boundaries } from '@/components/Boundaries';
import { Guide } from '@/components/Guide';
import { QuickExitButton } from '@/components/QuickExitButton';
import { SafeCallPlanForm } from '@/components/SafeCallPlanForm';
import { type Tab, Tabs } from '@/components/Tabs';

const TABS: readonly Tab[] = [
  { id: 'guide', label: 'Guide', render: () => <Guide detail="full" /> },
  { id: 'safe-call', label: 'Safe call', render: () => <SafeCallPlanForm /> },
  { id: 'boundaries', label: 'Boundaries', render: () => <Boundaries /> },
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
        <h1 class="brand">Tend</h1>
        <QuickExitButton />
      </header>
      <main>
        <Tabs label="Tend" tabs={TABS} selected={tab} onSelect={setTab} />
      </main>
    </>
  );
}
