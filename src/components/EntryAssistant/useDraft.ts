/**
 * The draft in localStorage, so it survives a reload (also from file://). One slot for a new
 * entry and one per entry being edited. Read after mounting: the prerendered page has no draft.
 * In editing mode the entry's file text is imported on demand (one small chunk per entry).
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import {ID_PATTERN} from '@site/src/content/schema';
import type {FormType} from '@site/src/content/generators/assistant-form';
import {emptyState, stateFromText, type DraftState} from './model';

export const STORAGE_KEY = 'praxisatlas:eintrag-entwurf';
const storageKey = (editId?: string) => (editId ? `${STORAGE_KEY}:${editId}` : STORAGE_KEY);

function readStored(key: string, forms: FormType[]): DraftState | undefined {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(key) ?? 'null') as DraftState | null;
    return parsed?.version === 1 && forms.some((f) => f.type === parsed.type) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

async function loadEntryText(id: string): Promise<{path: string; text: string} | undefined> {
  if (!ID_PATTERN.test(id)) return undefined;
  try {
    const module = (await import(`@generated/praxisatlas/default/quelltexte/${id}.json`)) as {default: {path: string; text: string}};
    return module.default;
  } catch {
    return undefined;
  }
}

export type LoadState = 'loading' | 'ready' | 'missing';

export interface Draft {
  state: DraftState;
  set(next: DraftState): void;
  discard(): void;
  load: LoadState;
  /** False when the browser refuses storage. */
  persistent: boolean;
  /** A stored draft was restored. */
  restored: boolean;
}

export function useDraft(forms: FormType[], today: string, editId: string | undefined): Draft {
  const [state, setState] = useState<DraftState>(() => emptyState(forms[0], today));
  const [load, setLoad] = useState<LoadState>('loading');
  const [persistent, setPersistent] = useState(true);
  const [restored, setRestored] = useState(false);
  const original = useRef<DraftState | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    const key = storageKey(editId);
    void (async () => {
      const stored = readStored(key, forms);
      let start: DraftState | undefined = stored;
      if (editId) {
        const entry = await loadEntryText(editId);
        original.current = entry && stateFromText(entry.path, entry.text, forms, today);
        if (!original.current) {
          if (!cancelled) setLoad('missing');
          return;
        }
        start = stored ?? original.current;
      }
      if (cancelled) return;
      setRestored(!!stored);
      setState(start ?? emptyState(forms[0], today));
      setLoad('ready');
    })();
    return () => {
      cancelled = true;
    };
  }, [editId, forms, today]);

  const set = useCallback(
    (next: DraftState) => {
      setState(next);
      try {
        window.localStorage.setItem(storageKey(editId), JSON.stringify(next));
      } catch {
        setPersistent(false);
      }
    },
    [editId],
  );

  const discard = useCallback(() => {
    try {
      window.localStorage.removeItem(storageKey(editId));
    } catch {
      /* nothing stored */
    }
    setRestored(false);
    setState(original.current ?? emptyState(forms[0], today));
  }, [editId, forms, today]);

  return {state, set, discard, load, persistent, restored};
}
