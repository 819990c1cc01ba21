/** /handlungsfelder/<value> and /akteure/<value>: the value's description and every entry carrying it. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {FacetPageData} from '@site/src/catalog/facet-pages';
import {entryTypes} from '@site/src/content/vocabularies';
import type {EntryType} from '@site/src/content/schema';
import EntryCard from '../EntryCard';
import styles from './styles.module.css';

/** Measures first: they are what a reader in another city came for. */
const TYPE_ORDER: EntryType[] = ['praxis', 'szenario', 'koordination', 'lektion', 'kontext'];

export default function FacetPage({page}: {page: FacetPageData}): ReactNode {
  const groups = TYPE_ORDER.map((t) => ({type: t, entries: page.entries.filter((e) => e.type === t)})).filter((g) => g.entries.length > 0);
  const n = page.entries.length;
  return (
    <Layout title={`${page.label} – ${page.kind}`} description={`${page.kind} „${page.label}“: ${page.description}`}>
      <main className="container margin-vert--lg">
        <nav aria-label="Brotkrumen" className={styles.crumbs}>
          <Link to={page.indexPath}>{page.indexTitle}</Link> › <span aria-current="page">{page.label}</span>
        </nav>
        <p className={styles.kind}>{page.kind}</p>
        <Heading as="h1">{page.label}</Heading>
        <p className={styles.description}>{page.description}</p>
        <p className={styles.more}>
          {n === 0 ? 'Noch kein Eintrag' : n === 1 ? '1 Eintrag' : `${n} Einträge`} im Praxisatlas.{' '}
          {n > 0 && <Link to={page.catalogUrl}>Im Katalog weiter filtern</Link>}
        </p>
        {groups.map((g) => (
          <section key={g.type} aria-labelledby={`typ-${g.type}`} className="margin-top--lg">
            <Heading as="h2" id={`typ-${g.type}`}>
              {entryTypes[g.type].label} ({g.entries.length})
            </Heading>
            <ul className={styles.grid}>
              {g.entries.map((e) => (
                <li key={e.id}>
                  <EntryCard entry={e} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
