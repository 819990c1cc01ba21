/** The compact metadata box under an entry's title, from its validated frontmatter. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {ClientEntry} from '@site/src/content/client';
import type {Labelled} from '@site/src/content/normalize';
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

function Labels({items}: {items: Labelled[]}): ReactNode {
  return (
    <ul className={styles.inline}>
      {items.map((i) => (
        <li key={i.value}>{i.label}</li>
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
          {entry.typeLabel}
          {entry.kind ? ` · ${entry.kind.label}` : ''}
          {entry.step ? ` · Schritt ${entry.step}` : ''}
          {entry.scenario ? ` · Szenario ${entry.scenario}` : ''}
        </Row>
        <Row label="Ort">{entry.city}</Row>
        <Row label="Handlungsfelder">
          <Labels items={entry.fields} />
        </Row>
        {entry.actors.length > 0 && (
          <Row label="Akteure">
            <Labels items={entry.actors} />
          </Row>
        )}
        {entry.levels.length > 0 && (
          <Row label="Ebenen">
            <Labels items={entry.levels} />
          </Row>
        )}
        {period && <Row label="Zeitraum">{period}</Row>}
        {entry.status && <Row label="Status">{entry.status.label}</Row>}
        {entry.funding.length > 0 && (
          <Row label="Finanzierung">
            <Labels items={entry.funding} />
          </Row>
        )}
        {entry.asOf && <Row label="Stand der Angaben">{entry.asOf}</Row>}
        {entry.related.length > 0 && (
          <Row label="Verwandt">
            <ul className={styles.inline}>
              {entry.related.map((r) => (
                <li key={r.id}>
                  <Link to={r.url}>{r.title}</Link>
                </li>
              ))}
            </ul>
          </Row>
        )}
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
