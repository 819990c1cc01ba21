/** /glossar: the terms a reader in another city stumbles over, one anchor per term. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {GlossaryPageTerm} from '@site/src/plugins/glossary-data';
import styles from './styles.module.css';

export default function Glossary({terms}: {terms: GlossaryPageTerm[]}): ReactNode {
  return (
    <Layout title="Glossar" description="Begriffe der kommunalen Arbeit mit Neuzugewanderten aus Südosteuropa, kurz erklärt: EU2, Freizügigkeit, Clearingstelle, Handlungsrahmen und mehr.">
      <main className="container container--fluid margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">Glossar</Heading>
          <p>Kurze Erklärungen der Begriffe, die im Praxisatlas vorkommen. Jeder Begriff hat eine eigene Adresse zum Verlinken.</p>
          <nav aria-label="Begriffe von A bis Z">
            <ul className={styles.index}>
              {terms.map((t) => (
                <li key={t.id}>
                  <Link to={`#${t.id}`}>{t.term}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <dl className={styles.terms}>
            {terms.map((t) => (
              <div key={t.id} className={styles.term}>
                <dt>
                  <Heading as="h2" id={t.id} className={styles.termTitle}>{t.term}</Heading>
                </dt>
                <dd>
                  <p>{t.definition}</p>
                  {t.related.length > 0 && (
                    <p className={styles.more}>
                      Mehr dazu:{' '}
                      {t.related.map((r, i) => (
                        <React.Fragment key={r.url}>
                          {i > 0 && ' · '}
                          <Link to={r.url}>{r.title}</Link>
                        </React.Fragment>
                      ))}
                    </p>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      </main>
    </Layout>
  );
}
