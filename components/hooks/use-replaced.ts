import { useCallback, useState } from 'preact/hooks';

export interface Replaced {
  /** Key for the views below: it changes after an import or wipe, so they all read storage again. */
  generation: number;
  /** What happened, shown once the views are back. */
  notice: string | undefined;
  replaced(notice: string): void;
}

/** For a page holding "Your data": after everything stored is replaced, every tool starts afresh. */
export function useReplaced(): Replaced {
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string>();
  const replaced = useCallback((text: string) => {
    setNotice(text);
    setGeneration((current) => current + 1);
  }, []);
  return { generation, notice, replaced };
}
