import { useEffect, useState } from 'preact/hooks';
import { Panel } from '@/components/ui/Panel';
import { NEWER_VERSION } from '@/lib/error-words';
import { NewerSchemaError } from '@/lib/storage/migrations';
import { ready } from '@/lib/storage/store-core';

/** True once storage has found data saved by a newer Tend, which this one must not touch. */
export function useNewerData(): boolean {
  const [newer, setNewer] = useState(false);
  useEffect(() => {
    void ready().catch((error: unknown) => setNewer(error instanceof NewerSchemaError));
  }, []);
  return newer;
}

/** The one screen a view shows over a newer Tend's data; the header, Quick exit with it, stays. */
export function NewerVersion() {
  return (
    <Panel title="Tend needs an update">
      <p>{NEWER_VERSION.what} This version cannot open it.</p>
      <p>{NEWER_VERSION.next}</p>
      <p class="hint">
        Your data stays on this device as it was. Update Tend where you installed it from, then open it again. Quick
        exit above works as always.
      </p>
    </Panel>
  );
}
