import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Guide } from '@/components/Guide';
import { OpenSidebarButton } from '@/components/OpenSidebarButton';
import { QuickExitButton } from '@/components/QuickExitButton';
import { ViewTitle } from '@/components/ViewTitle';
import { read, write } from '@/lib/storage';

export function App() {
  const [lastSectionId, setLastSectionId] = useState<string>();
  // "Add this site" (and the site-pattern code behind it) loads after the guide has rendered.
  const [AddThisSite, setAddThisSite] = useState<ComponentType>();
  useEffect(() => {
    void import('@/components/AddThisSite').then((module) => setAddThisSite(() => module.AddThisSite));
  }, []);

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
        <ViewTitle view="popup" />
        <QuickExitButton />
      </header>
      <main class="content">
        <Guide detail="summary" focusSearchOnOpen resumeSectionId={lastSectionId} onOpenSection={remember} />
        {AddThisSite && <AddThisSite />}
      </main>
      <footer class="popup-footer">
        <OpenSidebarButton />
      </footer>
    </>
  );
}
