/** /pruefung-faellig — for maintainers: entries whose last review is older than the policy allows. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {ReviewPageData} from '@site/src/plugins/review-data';
import {formatDate} from '@site/src/components/format';
import styles from './styles.module.css';

export default function ReviewDue({review}: {review: ReviewPageData}): ReactNode {
  const years = review.maxAgeYears === 1 ? 'einem Jahr' : `${review.maxAgeYears} Jahren`;
  return (
    <Layout title="Prüfung fällig" description="Einträge des Praxisatlas, deren letzte inhaltliche Prüfung länger als zwei Jahre zurückliegt.">
      <main className="container margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">Prüfung fällig</Heading>
          <p>
            Jeder Eintrag nennt im Feld <code>last_reviewed</code>, wann jemand ihn zuletzt mit den Quellen verglichen hat. Liegt das
            länger als {review.maxAgeYears === 1 ? 'ein Jahr' : `${review.maxAgeYears} Jahre`} zurück (vor dem{' '}
            <time dateTime={review.cutoff}>{formatDate(review.cutoff)}</time>), steht er hier. Stand der Liste:{' '}
            <time dateTime={review.today}>{formatDate(review.today)}</time>.
          </p>
          {review.due.length === 0 ? (
            <p className={styles.none}>
              Zurzeit ist keine Prüfung fällig: alle {review.total} Einträge wurden in den letzten {years} geprüft.
            </p>
          ) : (
            <>
              <p>
                {review.due.length === 1 ? 'Ein Eintrag wartet' : `${review.due.length} Einträge warten`} auf eine Prüfung, die ältesten zuerst.
              </p>
              <div className={styles.tableWrap}>
                <table>
                  <caption className={styles.caption}>Einträge mit fälliger Prüfung</caption>
                  <thead>
                    <tr>
                      <th scope="col">Eintrag</th>
                      <th scope="col">Typ</th>
                      <th scope="col">Kommune</th>
                      <th scope="col">Zuletzt geprüft</th>
                      <th scope="col">Datei</th>
                    </tr>
                  </thead>
                  <tbody>
                    {review.due.map((e) => (
                      <tr key={e.url}>
                        <th scope="row"><Link to={e.url}>{e.title}</Link></th>
                        <td>{e.typeLabel}</td>
                        <td>{e.city}</td>
                        <td><time dateTime={e.lastReviewed}>{formatDate(e.lastReviewed)}</time></td>
                        <td><code>{e.path}</code></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <Heading as="h2">So prüfen Sie einen Eintrag</Heading>
          <ol>
            <li>Vergleichen Sie Zahlen, Status und Beteiligte mit der Quelle und mit dem, was Sie vor Ort wissen.</li>
            <li>Korrigieren Sie, was nicht mehr stimmt; was die Quelle nicht hergibt, schreiben Sie als offene Frage.</li>
            <li>Setzen Sie <code>last_reviewed</code> auf das heutige Datum und öffnen Sie einen Pull Request.</li>
          </ol>
        </div>
      </main>
    </Layout>
  );
}
