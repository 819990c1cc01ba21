/**
 * The ticks of the self-check in localStorage, so they survive a reload (also from file://,
 * where Chromium and Firefox keep a storage per file). Read after mounting: the prerendered
 * HTML has no ticks, and reading during the first render would not match it.
 */
import {useCallback, useEffect, useState} from 'react';

export const STORAGE_KEY = 'praxisatlas:selbstcheck';

interface Stored {
  version: 1;
  checked: string[];
}

function read(): string[] {
  const raw = window.localStorage.getItem(STORAGE_KEY);
  if (!raw) return [];
  const parsed = JSON.parse(raw) as Partial<Stored>;
  return Array.isArray(parsed.checked) ? parsed.checked.filter((x): x is string => typeof x === 'string') : [];
}

export interface StoredChecks {
  checked: string[];
  /** False until storage has been read. */
  loaded: boolean;
  /** False when the browser refuses storage: ticks then last only until the page is left. */
  persistent: boolean;
  set(id: string, on: boolean): void;
  reset(): void;
}

export function useStoredChecks(): StoredChecks {
  const [checked, setChecked] = useState<string[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [persistent, setPersistent] = useState(true);

  useEffect(() => {
    try {
      setChecked(read());
    } catch {
      setPersistent(false);
    }
    setLoaded(true);
  }, []);

  const save = useCallback((next: string[]) => {
    setChecked(next);
    try {
      if (next.length) window.localStorage.setItem(STORAGE_KEY, JSON.stringify({version: 1, checked: next} satisfies Stored));
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      setPersistent(false);
    }
  }, []);

  const set = useCallback((id: string, on: boolean) => save(on ? [...checked.filter((x) => x !== id), id] : checked.filter((x) => x !== id)), [checked, save]);
  const reset = useCallback(() => save([]), [save]);
  return {checked, loaded, persistent, set, reset};
}
