import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useOperation } from '@/components/hooks/use-operation';
import { ConfirmButton } from '@/components/ui/ConfirmButton';
import { FormMessage } from '@/components/ui/FormMessage';
import { Panel } from '@/components/ui/Panel';
import { BACKUP_MAX_BYTES, backupFileName, makeBackup, parseBackup } from '@/lib/data/backup';
import { downloadJson } from '@/lib/data/download';
import { restoreBackup } from '@/lib/data/restore';
import { wipeEverything } from '@/lib/data/wipe';
import { leftOutMessage } from '@/lib/sites/site-review';
import { readAll, type StoredData } from '@/lib/storage/storage';

interface YourDataProps {
  /** Set after an import or wipe: what happened, announced when this view is back. */
  notice?: string;
  onReplaced(notice: string): void;
}

interface PendingImport {
  fileName: string;
  data: Partial<StoredData>;
  /** Said before the user confirms and again once imported: sites the backup had that Tend leaves out. */
  leftOut?: string;
}

/** Export, import and wipe: the user's data is theirs to take, restore or remove. */
export function YourData({ notice, onReplaced }: YourDataProps) {
  // Export, the file check and the import: each either does all it says or changes nothing.
  const { feedback, run } = useOperation({ unchanged: true });
  const [pending, setPending] = useState<PendingImport>();
  const ids = useId();
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const exportAll = () =>
    run(async () => {
      const now = new Date();
      downloadJson(backupFileName(now), makeBackup(await readAll(), now));
      return { error: false, text: 'Your backup file is downloading. Keep it somewhere private.' };
    });

  const choose = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(undefined);
    void run(async () => {
      const checked = file.size > BACKUP_MAX_BYTES ? parseBackup('') : parseBackup(await file.text());
      if (!checked.ok) return { error: true, text: checked.error };
      const leftOut = checked.leftOut && leftOutMessage(checked.leftOut);
      setPending({ fileName: file.name, data: checked.data, leftOut });
      return leftOut ? { error: false, text: leftOut } : undefined;
    });
  };

  const restore = ({ data, leftOut }: PendingImport) =>
    run(async () => {
      await restoreBackup(data);
      onReplaced(leftOut ? `Your backup was imported. ${leftOut}` : 'Your backup was imported.');
      return undefined;
    });

  // Not all-or-nothing (it lets go of the reminder and the sites after the data), so its own words.
  const wiping = useOperation();
  const wipe = () =>
    wiping.run(async () => {
      await wipeEverything();
      onReplaced('Everything Tend stored on this device was wiped.');
      return undefined;
    });

  return (
    <Panel title="Your data">
      {notice && (
        <p class="saved" role="status" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      )}
      <p>
        Everything you write in Tend stays on this device. Nobody else, including Tend, can see it. A backup file is not
        protected: anyone who opens it can read it.
      </p>

      <h3>Export</h3>
      <button type="button" onClick={() => void exportAll()}>
        Export everything
      </button>

      <h3>Import</h3>
      <p class="hint" id={`${ids}-import-hint`}>
        Importing replaces everything stored now with the backup. You will be asked first.
      </p>
      <label for={`${ids}-file`}>Choose a backup file</label>
      <input
        id={`${ids}-file`}
        type="file"
        accept="application/json,.json"
        aria-describedby={`${ids}-import-hint ${ids}-message`}
        onChange={(event) => choose(event.currentTarget)}
      />
      <FormMessage id={`${ids}-message`} feedback={feedback} />
      {pending && (
        <ConfirmButton
          key={pending.fileName}
          label={`Import “${pending.fileName}”`}
          question="Replace everything Tend stores on this device with this backup?"
          confirmLabel="Yes, replace it"
          onConfirm={() => void restore(pending)}
        />
      )}

      <h3>Wipe</h3>
      <p class="hint">
        Deletes your lists, plans, journal, settings and passphrase from this device, cancels a check-in reminder and
        gives back everything you allowed Tend: your sites, notifications and history. This cannot be undone.
      </p>
      <ConfirmButton
        label="Wipe everything"
        question="Delete everything Tend stores on this device? Export a backup first if you may want it later."
        confirmLabel="Yes, wipe everything"
        onConfirm={() => void wipe()}
      />
      <FormMessage id={`${ids}-wipe-message`} feedback={wiping.feedback} />
    </Panel>
  );
}
