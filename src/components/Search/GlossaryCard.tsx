/**
 * The glossary term a query names, as an answer above the results: the definition in full and a
 * link to the glossary. The entries that use the term follow as results (search() leaves the
 * term out of the list, so it does not push the entries down).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {SearchResult} from '@site/src/search/types';
import styles from './styles.module.css';

export default function GlossaryCard({answer}: {answer: SearchResult}): ReactNode {
  return (
    <aside aria-labelledby="suche-glossar" className={styles.glossaryCard}>
      <p className={styles.glossaryKicker}>Begriff aus dem Glossar</p>
      {/* A plain h3: the theme's Heading would add a link to its own anchor. */}
      <h3 id="suche-glossar" className={styles.glossaryTerm}>
        {answer.title}
      </h3>
      <p>{answer.description}</p>
      <Link to={answer.url}>„{answer.title}“ im Glossar</Link>
    </aside>
  );
}
