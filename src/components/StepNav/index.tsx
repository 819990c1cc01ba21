/** Previous/next through the playbook in step order, with the whole sequence as a compact strip. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {PraxisatlasGlobalData} from '@site/src/plugins/praxisatlas';
import {stepNavigation} from '@site/src/catalog/steps';
import {shortTitle} from '@site/src/catalog/summary';
import styles from './styles.module.css';

export default function StepNav({url}: {url: string}): ReactNode {
  const {playbook} = usePluginData('praxisatlas') as PraxisatlasGlobalData;
  const nav = stepNavigation(playbook, url);
  if (!nav) return null;
  const ordered = [...playbook].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  return (
    <nav className={styles.nav} aria-labelledby="playbook-navigation">
      <p id="playbook-navigation" className={styles.where}>
        Schritt {nav.position} von {nav.total} des Koordinations-Playbooks
      </p>
      <ol className={styles.strip}>
        {ordered.map((s, i) => (
          <li key={s.url}>
            <Link to={s.url} aria-current={s.url === url ? 'step' : undefined} title={s.title} className={styles.dot}>
              <span aria-hidden="true">{i + 1}</span>
              <span className={'visually-hidden'}>Schritt {i + 1}: {s.title}</span>
            </Link>
          </li>
        ))}
      </ol>
      <div className={styles.pager}>
        {nav.previous ? (
          <Link to={nav.previous.url} rel="prev" className={styles.previous}>
            <span className={styles.label}>← Vorheriger Schritt</span>
            <span>{shortTitle(nav.previous.title)}</span>
          </Link>
        ) : (
          <span />
        )}
        {nav.next && (
          <Link to={nav.next.url} rel="next" className={styles.next}>
            <span className={styles.label}>Nächster Schritt →</span>
            <span>{shortTitle(nav.next.title)}</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
