/**
 * /suche: every result for a query, filterable by type and Handlungsfeld. All state is in the
 * query string (q, typ, feld; see useSearchQuery), so a search can be linked and survives a
 * reload. The index is the same file the navbar search loads, queried with the same search()
 * as `npm run search`, so the page and the CLI rank alike.
 */
import React, {useDeferredValue, useEffect, useMemo, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {PAGE_SIZE, searchPage} from '@site/src/search/client-results';
import {MAX_LIMIT} from '@site/src/search/query';
import {resultCountText, shownText} from '@site/src/search/client-text';
import GlossaryCard from './GlossaryCard';
import NoHits from './NoHits';
import SearchFilters from './SearchFilters';
import SearchResults from './SearchResults';
import {useSearchIndex} from './useSearchIndex';
import {useSearchQuery} from './useSearchQuery';
import layout from '../FilterLayout/styles.module.css';
import styles from './styles.module.css';

export default function SearchPage(): ReactNode {
  const {query, setQuery} = useSearchQuery();
  const loader = useSearchIndex(true);
  // Typing stays responsive on a large index: the list follows the box a moment later.
  const deferred = useDeferredValue(query);
  // How many results to show: a page of them, more on request; back to one page for a new query.
  const [limit, setLimit] = useState(PAGE_SIZE);
  useEffect(() => setLimit(PAGE_SIZE), [deferred]);
  const outcome = useMemo(() => (loader.status === 'ready' && deferred.q ? searchPage(loader.index, deferred, limit) : undefined), [loader.status, loader.index, deferred, limit]);

  // The box keeps what is typed (trailing spaces included); the URL keeps the trimmed query.
  const [text, setText] = useState(query.q);
  useEffect(() => {
    if (query.q !== text.trim()) setText(query.q);
    // Follow the URL (back button, a link), not our own typing.
  }, [query.q]);

  const filtered = query.types.length + query.fields.length > 0;
  let status: string;
  if (!query.q) status = 'Geben Sie einen Suchbegriff ein.';
  else if (loader.status === 'error') status = 'Die Suche konnte nicht geladen werden.';
  else if (!outcome) status = 'Suche wird geladen …';
  else status = resultCountText(outcome.total, deferred.q);

  return (
    <Layout title="Suche" description="Den Praxisatlas Neuzuwanderung durchsuchen: Maßnahmen, Szenarien, Playbook-Schritte, Lektionen, Kontext und Glossar, nach Art und Handlungsfeld filterbar.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Suche</Heading>
        <form className={styles.form} role="search" aria-label="Praxisatlas durchsuchen" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="suche-text" className={styles.formLabel}>
            Suchbegriffe
          </label>
          <input
            id="suche-text"
            className={styles.formInput}
            type="search"
            value={text}
            autoComplete="off"
            enterKeyHint="search"
            aria-describedby="suche-hinweis"
            onChange={(e) => {
              setText(e.currentTarget.value);
              setQuery({...query, q: e.currentTarget.value}, 'replace');
            }}
          />
          <p id="suche-hinweis" className={styles.formHint}>
            Die Suche findet auch Teile zusammengesetzter Wörter („Versicherung“ findet „Krankenversicherung“), Umschreibungen ohne Umlaute
            („Fluechtlinge“) und verzeiht kleine Tippfehler. Sie können auch fragen („Wie fange ich an?“); nennen Sie einen Begriff aus dem
            Glossar, steht seine Erklärung über den Treffern.
          </p>
        </form>
        <div className={layout.layout}>
          <SearchFilters query={query} counts={outcome} onChange={(next) => setQuery(next)} />
          <section aria-labelledby="suche-ergebnisse" className={styles.resultsSection}>
            <Heading as="h2" id="suche-ergebnisse" className={styles.resultsHeading}>
              Ergebnisse
            </Heading>
            <p role="status" aria-live="polite" aria-atomic="true" id="suche-anzahl" className={styles.status}>
              {status}
            </p>
            {loader.status === 'error' && (
              <button type="button" className="button button--primary button--sm" onClick={loader.retry}>
                Erneut versuchen
              </button>
            )}
            {outcome?.answer && <GlossaryCard answer={outcome.answer} />}
            {outcome && outcome.results.length > 0 && <SearchResults results={outcome.results} />}
            {outcome && outcome.total > outcome.results.length && (
              <div className={styles.more}>
                <p>{shownText(outcome.results.length, outcome.total)}</p>
                {outcome.results.length < MAX_LIMIT ? (
                  <button type="button" className="button button--secondary" onClick={() => setLimit(Math.min(MAX_LIMIT, limit + PAGE_SIZE))}>
                    Weitere Treffer anzeigen
                  </button>
                ) : (
                  <p>Grenzen Sie die Suche mit weiteren Wörtern oder den Filtern ein.</p>
                )}
              </div>
            )}
            {outcome && outcome.results.length === 0 && !outcome.answer && <NoHits q={deferred.q} filtered={filtered} titled={false} />}
          </section>
        </div>
      </main>
    </Layout>
  );
}
