import { useEffect, useState } from 'preact/hooks';
import { AddThisSite } from '@/components/AddThisSite';
import { Guide } from '@/components/Guide';
import { QuickExitButton } from '@/components/QuickExitButton';
import { read, write } from '@/lib/storage';

export function App() {
  const [lastSectionId, setLastSectionId] = useState<string>();

  useEffect(() => {
    void read('lastSectionId').then(setLastSectionId);
  }, []);

  const remember = (sectionId: string) => {
    setLastSectionId(sectionId);
    void write('lastSectionId', sectionId);
  };

  return (
    <>
      <header class="bar">
        <h1 class="brand">Tend</h1>
        <QuickExitButton />
      </header>
      <main class="content">
        <Guide detail="summary" resumeSectionId={lastSectionId} onOpenSection={remember} />
        <AddThisSite />
      </main>
    </>
  );
}
