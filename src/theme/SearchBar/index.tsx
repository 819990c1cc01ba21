/**
 * The navbar search: a WAI-ARIA combobox (input + listbox popup, aria-activedescendant) that
 * shows results as you type. Ctrl+K / ⌘K or "/" focus it; arrows choose, Enter opens the chosen
 * result (or, with none chosen, all results on /suche), Escape closes. The index and the engine are
 * loaded on first focus or keystroke, not with the page. Results come from the same search() the CLI uses.
 */
import React, {useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import {moveActive} from '@site/src/search/client-keys';
import {searchPageHref} from '@site/src/search/client-query';
import {resultCountText} from '@site/src/search/client-text';
import NoHits from '@site/src/components/Search/NoHits';
import {useSearchIndex} from '@site/src/components/Search/useSearchIndex';
import ResultOption from './ResultOption';
import {useDebounced} from './useDebounced';
import {useSearchShortcut} from './useSearchShortcut';
import styles from './styles.module.css';

/** Suggestions shown under the box; „Alle Ergebnisse“ has the rest. */
const SHOWN = 8;

export default function SearchBar(): ReactNode {
  const history = useHistory();
  const {withBaseUrl} = useBaseUrlUtils();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [wanted, setWanted] = useState(false);
  const [mac, setMac] = useState(false);
  const loader = useSearchIndex(wanted);

  const q = text.trim();
  // Snippets for the shown results only; the total is counted without them (cheap on a large index).
  // A glossary term the query names comes first, as a card with its definition; the entries follow.
  const found = useMemo(() => {
    if (loader.status !== 'ready' || !q) return undefined;
    const answer = loader.engine.glossaryAnswer(loader.index, q);
    const list = loader.engine.search(loader.index, q, {limit: answer ? SHOWN - 1 : SHOWN});
    return {shown: answer ? [answer, ...list] : list, total: loader.engine.countResults(loader.index, q) + (answer ? 1 : 0)};
  }, [loader.status, loader.index, loader.engine, q]);
  const shown = found?.shown ?? [];
  const popup = open && q !== '';
  const expanded = popup && shown.length > 0;
  const listId = `${id}-treffer`;
  const optionId = (i: number) => `${id}-treffer-${i}`;

  useEffect(() => setActive(-1), [q]);
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({block: 'nearest'});
  }, [active]);
  useEffect(() => setMac(/Mac|iPhone|iPad/.test(navigator.platform)), []);

  const focusBox = useCallback(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  useSearchShortcut(focusBox);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  /** Leaving for a page: the box empties and lets go of the focus, the new page takes over. */
  const leave = () => {
    close();
    setText('');
    inputRef.current?.blur();
  };
  const go = (url: string) => {
    leave();
    // withBaseUrl gives "./x" under the hash router, where routes are "/x" after the '#'.
    const target = withBaseUrl(url);
    history.push(target.startsWith('./') ? target.slice(1) : target);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (popup) setActive(moveActive(active, shown.length, e.key));
    } else if (e.key === 'Enter') {
      if (!q) return;
      e.preventDefault();
      go(expanded && active >= 0 ? shown[active].url : searchPageHref({q}));
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (popup) close();
      else setText('');
    }
  };

  let announcement = '';
  if (popup && loader.status === 'loading') announcement = 'Suche wird geladen …';
  else if (popup && loader.status === 'error') announcement = 'Die Suche konnte nicht geladen werden.';
  else if (popup && found) announcement = resultCountText(found.total, q) + (found.total > SHOWN ? `, die ersten ${SHOWN} werden angezeigt` : '');
  const announced = useDebounced(announcement, 400);

  return (
    <div
      ref={boxRef}
      className={styles.box}
      onBlur={(e) => {
        if (!boxRef.current?.contains(e.relatedTarget as Node | null)) close();
      }}
      onKeyDown={(e) => {
        // Escape on a link inside the popup: back to the box, list closed (focusing the box opens it, so close after).
        if (e.key === 'Escape' && e.target !== inputRef.current) {
          inputRef.current?.focus();
          close();
        }
      }}>
      <label htmlFor={`${id}-eingabe`} className={styles.visuallyHidden}>
        Praxisatlas durchsuchen
      </label>
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M6.03 10.2a4.17 4.17 0 1 1 4.17-4.17 4.16 4.16 0 0 1-4.17 4.17Zm9.69 4.22-4.82-4.82a5.88 5.88 0 0 0 1.16-3.57 6 6 0 1 0-2.46 4.87l4.82 4.82a.9.9 0 0 0 1.3 0 .9.9 0 0 0 0-1.3Z" />
      </svg>
      <input
        ref={inputRef}
        id={`${id}-eingabe`}
        className={styles.input}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="Control+K Meta+K /"
        placeholder="Suchen"
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="search"
        value={text}
        onFocus={() => {
          setWanted(true);
          setOpen(true);
        }}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setWanted(true);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {!text && (
        <kbd className={styles.kbd} aria-hidden="true">
          {mac ? '⌘ K' : 'Strg K'}
        </kbd>
      )}
      {popup && (
        <div className={styles.popup}>
          {loader.status === 'loading' && <p className={styles.message}>Suche wird geladen …</p>}
          {loader.status === 'error' && (
            <p className={styles.message}>
              Die Suche konnte nicht geladen werden.{' '}
              <button type="button" className="button button--link button--sm" onMouseDown={(e) => e.preventDefault()} onClick={loader.retry}>
                Erneut versuchen
              </button>
            </p>
          )}
          {expanded && (
            <ul id={listId} role="listbox" aria-label={`Treffer für „${q}“`} className={styles.listbox}>
              {shown.map((r, i) => (
                <ResultOption key={r.id} id={optionId(i)} result={r} active={i === active} onOpen={() => go(r.url)} />
              ))}
            </ul>
          )}
          {found && found.total === 0 && (
            <div className={styles.message}>
              <NoHits q={q} onNavigate={leave} />
            </div>
          )}
          {found && found.total > 0 && (
            <Link to={searchPageHref({q})} className={styles.all} onMouseDown={(e) => e.preventDefault()} onClick={leave}>
              Alle Ergebnisse für „{q}“{found.total > SHOWN ? ` (${found.total})` : ''}
            </Link>
          )}
        </div>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden}>
        {announced}
      </div>
    </div>
  );
}
