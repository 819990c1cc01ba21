/** One vocabulary: the values authors type, the labels readers see, what each means. */
import React, {type ReactNode} from 'react';
import Heading from '@theme/Heading';
import type {VocabularySection} from '@site/src/content/generators/field-reference';
import styles from './styles.module.css';

export function VocabularyTable({vocabulary}: {vocabulary: VocabularySection}): ReactNode {
  return (
    <section aria-labelledby={vocabulary.anchor}>
      <Heading as="h3" id={vocabulary.anchor}>
        {vocabulary.title} <span className={styles.fieldHint}>(Feld <code>{vocabulary.field}</code>)</span>
      </Heading>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <caption className={styles.caption}>Erlaubte Werte für {vocabulary.field}</caption>
          <thead>
            <tr>
              <th scope="col">Wert (so schreiben)</th>
              <th scope="col">Bezeichnung (so angezeigt)</th>
              <th scope="col">Bedeutung</th>
            </tr>
          </thead>
          <tbody>
            {vocabulary.values.map((v) => (
              <tr key={v.value}>
                <th scope="row">
                  <code>{v.value}</code>
                </th>
                <td>{v.label}</td>
                <td>{v.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
