/**
 * /zahlen „Zahlen und Fakten“: charts drawn at build time (src/charts, see routes/zahlen.ts) as
 * inline SVG with title and description, each with a data table beside it, and the remaining
 * figures of the entries in one table.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {ChartData} from '@site/src/charts/types';
import type {FigureGroup} from '@site/src/charts/extract';
import styles from './styles.module.css';

export interface ZahlenData {
  charts: {chart: ChartData; svg: string}[];
  others: FigureGroup[];
}

function Chart({chart, svg}: {chart: ChartData; svg: string}): ReactNode {
  const headingId = `zahlen-${chart.id}`;
  return (
    <section aria-labelledby={headingId} className={styles.chart} data-chart={chart.id}>
      <Heading as="h2" id={headingId} className={styles.chartTitle}>
        {chart.title}
      </Heading>
      <div className={styles.pair}>
        {/* Build-time SVG from our own code; every text in it is XML-escaped (src/charts/svg.ts). */}
        <div className={styles.svg} dangerouslySetInnerHTML={{__html: svg}} />
        <table className={styles.table}>
          <caption>Daten zum Diagramm</caption>
          <thead>
            <tr>
              <th scope="col">{chart.points.every((p) => p.category === p.period) ? 'Zeitpunkt' : 'Angabe'}</th>
              <th scope="col">Wert</th>
            </tr>
          </thead>
          <tbody>
            {chart.points.map((p) => (
              <tr key={p.category}>
                <th scope="row">{p.category}</th>
                <td data-value={p.value}>{p.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chart.note && <p className={styles.note}>{chart.note}</p>}
      <p className={styles.source}>
        Quelle: <Link to={chart.source.url}>{chart.source.title}</Link>
        {chart.source.asOf ? ` (Stand der Angaben: ${chart.source.asOf})` : ''}
      </p>
    </section>
  );
}

export default function Zahlen({data}: {data: ZahlenData}): ReactNode {
  return (
    <Layout title="Zahlen und Fakten" description="Zahlen zur Zuwanderung aus Bulgarien und Rumänien nach Deutschland und Dortmund und zu den Ergebnissen der Dortmunder Maßnahmen, als Diagramm und Tabelle.">
      <main className="container margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">Zahlen und Fakten</Heading>
          <p className={styles.intro}>
            Die Zahlen, die die Einträge des Praxisatlas aus ihren Quellen nennen, als Diagramm und als Tabelle. Gezeigt wird nur, was die
            Quellen im Text angeben; wo sie einen Wert als ungefähr nennen („rund“, „über“), steht das dabei. Die meisten Angaben
            beschreiben den Stand von 2017/2018.
          </p>
          {data.charts.map((c) => (
            <Chart key={c.chart.id} chart={c.chart} svg={c.svg} />
          ))}
          {data.others.length > 0 && (
            <section aria-labelledby="weitere-zahlen" className={styles.chart}>
              <Heading as="h2" id="weitere-zahlen" className={styles.chartTitle}>
                Weitere Zahlen aus den Einträgen
              </Heading>
              {/* Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too. */}
              <div className={styles.scroll} tabIndex={0} role="region" aria-label="Weitere Zahlen (Tabelle)">
                <table className={styles.table}>
                  <caption>Zahlen, die kein Diagramm zeigt, nach Eintrag</caption>
                  <thead>
                    <tr>
                      <th scope="col">Angabe</th>
                      <th scope="col">Wert</th>
                      <th scope="col">Zeitraum</th>
                      <th scope="col">Eintrag</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.others.flatMap((g) =>
                      g.figures.map((f, i) => (
                        <tr key={`${g.entry.url}-${i}`}>
                          <th scope="row">{f.label}</th>
                          <td>{f.display}</td>
                          <td>{f.period ?? '–'}</td>
                          <td>
                            <Link to={g.entry.url}>{g.entry.title}</Link>
                          </td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </div>
      </main>
    </Layout>
  );
}
