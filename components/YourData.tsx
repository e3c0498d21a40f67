import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { BACKUP_MAX_BYTES, backupFileName, makeBackup, parseBackup } from '@/lib/backup';
import { downloadJson } from '@/lib/download';
import { restoreBackup } from '@/lib/restore';
import { leftOutMessage } from '@/lib/site-review';
import { LockedError, readAll, type StoredData } from '@/lib/storage';
import { wipeEverything } from '@/lib/wipe';
import { ConfirmButton } from './ConfirmButton';
import { type Feedback, FormMessage } from './FormMessage';

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
  const [feedback, setFeedback] = useState<Feedback>();
  const [pending, setPending] = useState<PendingImport>();
  const ids = useId();
  const noticeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  /** Runs `task`; a locked store is reported, not thrown. */
  const unlessLocked = async (task: () => Promise<void>) => {
    try {
      await task();
    } catch (error) {
      if (!(error instanceof LockedError)) throw error;
      setFeedback({ error: true, text: `${error.message} Nothing was changed.` });
    }
  };

  const exportAll = () =>
    unlessLocked(async () => {
      const now = new Date();
      downloadJson(backupFileName(now), makeBackup(await readAll(), now));
      setFeedback({ error: false, text: 'Your backup file is downloading. Keep it somewhere private.' });
    });

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(undefined);
    const checked = file.size > BACKUP_MAX_BYTES ? parseBackup('') : parseBackup(await file.text());
    if (!checked.ok) return setFeedback({ error: true, text: checked.error });
    const leftOut = checked.leftOut && leftOutMessage(checked.leftOut);
    setFeedback(leftOut ? { error: false, text: leftOut } : undefined);
    setPending({ fileName: file.name, data: checked.data, leftOut });
  };

  const restore = ({ data, leftOut }: PendingImport) =>
    unlessLocked(async () => {
      await restoreBackup(data);
      onReplaced(leftOut ? `Your backup was imported. ${leftOut}` : 'Your backup was imported.');
    });

  const wipe = async () => {
    await wipeEverything();
    onReplaced('Everything Tend stored on this device was wiped.');
  };

  return (
    <section class="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Your data</h2>
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
        onChange={(event) => void choose(event.currentTarget)}
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
    </section>
  );
}
