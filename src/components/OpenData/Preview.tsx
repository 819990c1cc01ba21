/**
 * The first rows of eintraege.csv as an HTML table, so readers see what they download before they
 * open it. The cells are the file's own (the same table function, before quoting), a few columns
 * only; the full list of columns follows on the page.
 */
import React, {type ReactNode} from 'react';
import type {OpenDataPageData} from '@site/src/opendata/page';
import styles from './styles.module.css';

export default function Preview({preview, count, file}: {preview: OpenDataPageData['preview']; count: number; file: string}): ReactNode {
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <div className={styles.scroll} tabIndex={0} role="region" aria-label="Vorschau der CSV-Datei (Tabelle)">
      <table className={styles.table}>
        <caption>
          Vorschau von {file}: die ersten {preview.rows.length} von {count} Zeilen, {preview.header.length} von {preview.totalColumns} Spalten
        </caption>
        <thead>
          <tr>
            {preview.header.map((name) => (
              <th key={name} scope="col">
                <code>{name}</code>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
