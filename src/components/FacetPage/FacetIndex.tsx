/** /handlungsfelder and /akteure: every value of the vocabulary with its description and entry count. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {FacetIndexData} from '@site/src/catalog/facet-pages';
import styles from './styles.module.css';

export default function FacetIndex({index}: {index: FacetIndexData}): ReactNode {
  return (
    <Layout title={index.title} description={index.intro}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{index.title}</Heading>
        <p className={styles.description}>{index.intro}</p>
        <ul className={styles.index}>
          {index.values.map((v) => (
            <li key={v.value}>
              <Link to={v.path} className={styles.indexLink}>
                {v.label}
              </Link>{' '}
              <span className={styles.count}>({v.count === 1 ? '1 Eintrag' : `${v.count} Einträge`})</span>
              <p>{v.description}</p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
