/**
 * /katalog: every entry as a card, with facets derived from the schema's vocabularies, a text
 * filter, a period range and sorting. All state is in the query string (see useCatalogQuery);
 * the entries come with the page's own data module, so the catalog works from file:// too.
 */
import React, {useEffect, useMemo, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {CatalogEntry} from '@site/src/catalog/types';
import {FACETS} from '@site/src/catalog/facets';
import {applyFilters, emptyFilters, type SortKey} from '@site/src/catalog/filters';
import {facetCounts, resultCountText, yearRange} from '@site/src/catalog/counts';
import {toggleFacet} from '@site/src/catalog/query';
import EntryCard from '../EntryCard';
import ActiveFilters from './ActiveFilters';
import FacetFilter from './FacetFilter';
import PeriodFilter from './PeriodFilter';
import {useCatalogQuery} from './useCatalogQuery';
import layout from '../FilterLayout/styles.module.css';
import styles from './styles.module.css';

const SORT_LABELS: Record<SortKey, string> = {
  titel: 'Titel (A–Z)',
  zeitraum: 'Zeitraum (neueste zuerst)',
  pruefung: 'Letzte Prüfung (neueste zuerst)',
  geaendert: 'Zuletzt geändert (neueste zuerst)',
};

export default function Catalog({entries}: {entries: CatalogEntry[]}): ReactNode {
  const {filters, setFilters} = useCatalogQuery();
  const results = useMemo(() => applyFilters(entries, filters), [entries, filters]);
  const counts = useMemo(() => facetCounts(entries, filters), [entries, filters]);
  const bounds = useMemo(() => yearRange(entries), [entries]);

  // The text box keeps what is typed (trailing spaces included); the URL keeps the trimmed query.
  const [text, setText] = useState(filters.q);
  useEffect(() => {
    if (filters.q !== text.trim()) setText(filters.q);
    // Only follow the URL (reset, back button), not our own typing.
  }, [filters.q]);

  const reset = () => setFilters({...emptyFilters(), sort: filters.sort});
  // A button, not an in-page link: under the hash router a `#…` link would be read as a route.
  const showResults = () => {
    const heading = document.getElementById('katalog-ergebnisse');
    heading?.scrollIntoView();
    heading?.focus();
  };

  return (
    <Layout title="Katalog" description="Alle Einträge des Praxisatlas Neuzuwanderung nach Handlungsfeld, Akteuren, Ebene, Status, Finanzierung, Stadt und Zeitraum filtern: Maßnahmen finden, vergleichen und übernehmen.">
      <main className="container margin-vert--lg">
        <Heading as="h1">Katalog</Heading>
        <p className={styles.intro}>
          Alle Maßnahmen, Szenarien, Playbook-Schritte, Lektionen und Kontexteinträge. Filtern Sie nach Handlungsfeld, Akteuren, Ebene,
          Status, Finanzierung, Stadt und Zeitraum: Die Adresse dieser Seite enthält Ihre Auswahl, Sie können sie also verlinken oder als
          Lesezeichen speichern.
        </p>
        <button type="button" className={`button button--primary button--sm ${styles.skip}`} onClick={showResults}>
          Zu den Ergebnissen ({results.length})
        </button>
        <div className={layout.layout}>
          <form className={styles.filters} role="search" aria-labelledby="katalog-filter" onSubmit={(e) => e.preventDefault()}>
            <Heading as="h2" id="katalog-filter" className={styles.filtersTitle}>
              Filter
            </Heading>
            <div className={styles.text}>
              <label htmlFor="katalog-text">Stichwort</label>
              <input
                id="katalog-text"
                type="search"
                value={text}
                autoComplete="off"
                onChange={(e) => {
                  setText(e.currentTarget.value);
                  setFilters({...filters, q: e.currentTarget.value}, 'replace');
                }}
              />
            </div>
            {FACETS.map((f) => (
              <FacetFilter key={f.param} param={f.param} legend={f.label} options={counts[f.param]} onToggle={(value, on) => setFilters(toggleFacet(filters, f.param, value, on))} />
            ))}
            <PeriodFilter from={filters.from} to={filters.to} bounds={bounds} onChange={(from, to) => setFilters({...filters, from, to}, 'replace')} />
            <button type="button" className="button button--secondary button--block" onClick={reset}>
              Filter zurücksetzen
            </button>
          </form>
          <section aria-labelledby="katalog-ergebnisse" className={styles.results}>
            <div className={styles.resultsHead}>
              <Heading as="h2" id="katalog-ergebnisse" className={styles.resultsTitle} tabIndex={-1}>
                Ergebnisse
              </Heading>
              <p role="status" aria-live="polite" aria-atomic="true" className={styles.count} id="katalog-anzahl">
                {resultCountText(results.length)}
              </p>
              <div className={styles.sort}>
                <label htmlFor="katalog-sortierung">Sortieren nach</label>
                <select id="katalog-sortierung" value={filters.sort} onChange={(e) => setFilters({...filters, sort: e.currentTarget.value as SortKey})}>
                  {(Object.keys(SORT_LABELS) as SortKey[]).map((k) => (
                    <option key={k} value={k}>
                      {SORT_LABELS[k]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <ActiveFilters filters={filters} onChange={(next) => setFilters(next)} />
            {results.length > 0 ? (
              <ul className={styles.grid} aria-labelledby="katalog-ergebnisse">
                {results.map((e) => (
                  <li key={e.id}>
                    <EntryCard entry={e} />
                  </li>
                ))}
              </ul>
            ) : (
              <div className={styles.empty}>
                <p>Keine Einträge für diese Filter. Entfernen Sie einzelne Filter oben oder setzen Sie alle zurück.</p>
                <button type="button" className="button button--primary" onClick={reset}>
                  Filter zurücksetzen
                </button>
              </div>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
