/**
 * The compact metadata box under an entry's title, from its validated frontmatter. Every label
 * links on: Handlungsfelder and actors to their facet pages, the other values to the catalog
 * filtered by that value. Related entries are listed once, under the text (EntryLinks), not here.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ClientEntry} from '@site/src/content/client';
import type {Labelled} from '@site/src/content/normalize';
import {facetPagePath} from '@site/src/catalog/facet-pages';
import {catalogHref} from '@site/src/catalog/query';
import {formatOutcomeValue, formatPeriod} from '../format';
import styles from './styles.module.css';

function Row({label, children}: {label: string; children: ReactNode}): ReactNode {
  return (
    <div className={styles.row}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Labels({items, href}: {items: Labelled[]; href(value: string): string}): ReactNode {
  return (
    <ul className={styles.inline}>
      {items.map((i) => (
        <li key={i.value}>
          <Link to={href(i.value)}>{i.label}</Link>
        </li>
      ))}
    </ul>
  );
}

export default function EntryMeta({entry}: {entry: ClientEntry}): ReactNode {
  const period = formatPeriod(entry);
  return (
    <aside className={styles.box} aria-label="Steckbrief">
      <dl className={styles.list}>
        <Row label="Art">
          <Link to={catalogHref({typ: [entry.type]})}>{entry.typeLabel}</Link>
          {entry.kind ? ` · ${entry.kind.label}` : ''}
          {entry.step ? ` · Schritt ${entry.step}` : ''}
          {entry.scenario ? ` · Szenario ${entry.scenario}` : ''}
        </Row>
        <Row label="Ort">
          <Link to={catalogHref({stadt: [entry.city]})}>{entry.city}</Link>
        </Row>
        <Row label="Handlungsfelder">
          <Labels items={entry.fields} href={(v) => facetPagePath('feld', v)} />
        </Row>
        {entry.actors.length > 0 && (
          <Row label="Akteure">
            <Labels items={entry.actors} href={(v) => facetPagePath('akteur', v)} />
          </Row>
        )}
        {entry.levels.length > 0 && (
          <Row label="Ebenen">
            <Labels items={entry.levels} href={(v) => catalogHref({ebene: [v]})} />
          </Row>
        )}
        {period && <Row label="Zeitraum">{period}</Row>}
        {entry.status && (
          <Row label="Status">
            <Link to={catalogHref({status: [entry.status.value]})}>{entry.status.label}</Link>
          </Row>
        )}
        {entry.funding.length > 0 && (
          <Row label="Finanzierung">
            <Labels items={entry.funding} href={(v) => catalogHref({foerderung: [v]})} />
          </Row>
        )}
        {entry.asOf && <Row label="Stand der Angaben">{entry.asOf}</Row>}
      </dl>
      {entry.outcomes.length > 0 && (
        <table className={styles.outcomes}>
          <caption>Zahlen aus der Quelle</caption>
          <thead>
            <tr>
              <th scope="col">Angabe</th>
              <th scope="col">Wert</th>
              <th scope="col">Zeitraum</th>
            </tr>
          </thead>
          <tbody>
            {entry.outcomes.map((o, i) => (
              <tr key={i}>
                <th scope="row">{o.label}</th>
                <td>{formatOutcomeValue(o)}</td>
                <td>{o.period ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  );
}
