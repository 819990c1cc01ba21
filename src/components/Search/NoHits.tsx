/** "Keine Treffer" with what to try next: shared by the navbar search and /suche. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {noHitsText} from '@site/src/search/client-text';
import styles from './styles.module.css';

/** `titled={false}` where a status line above already says „Keine Treffer für …“. */
export default function NoHits({q, filtered, titled = true, onNavigate}: {q: string; filtered?: boolean; titled?: boolean; onNavigate?: () => void}): ReactNode {
  return (
    <div className={styles.noHits}>
      {titled && <p className={styles.noHitsTitle}>{noHitsText(q)}</p>}
      <p>
        Prüfen Sie die Schreibweise, verwenden Sie weniger oder allgemeinere Wörter
        {filtered ? ', entfernen Sie Filter' : ''} oder stöbern Sie im{' '}
        <Link to="/katalog" onClick={onNavigate}>
          Katalog
        </Link>
        .
      </p>
    </div>
  );
}
