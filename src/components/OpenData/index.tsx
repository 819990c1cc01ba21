/**
 * /daten „Offene Daten“: the three files the build writes (plugins/static-files/open-data.ts), what
 * they hold, a preview of the CSV, the columns, the licence and how to credit it. The files are no
 * routes: plain <a download> links, relative to index.html in the offline copy (see
 * src/opendata/atlas.ts openDataHref), so they work from disk too.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {OpenDataFile, OpenDataPageData} from '@site/src/opendata/page';
import Preview from './Preview';
import styles from './styles.module.css';

function Section({id, title, children}: {id: string; title: string; children: ReactNode}): ReactNode {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <Heading as="h2" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function FileItem({file, csv}: {file: OpenDataFile; csv: OpenDataPageData['csv']}): ReactNode {
  return (
    <li>
      <a href={file.href} download className={styles.fileName}>
        {file.file}
      </a>{' '}
      – {file.title}
      <br />
      {file.description}
      {file.format === 'csv' && (
        <>
          {' '}
          Excel zeigt Umlaute richtig, wenn Sie die Datei per Doppelklick öffnen. In anderen Programmen wählen Sie beim Import „UTF-8“ und als
          Trennzeichen das Semikolon (<code>{csv.delimiter}</code>); mehrere Werte in einer Zelle trennt <code>{csv.listSeparator.trim()}</code>.
          Beginnt ein Text mit <code>=</code>, <code>+</code>, <code>-</code> oder <code>@</code>, steht ein Apostroph davor, damit Excel ihn nicht als Formel
          ausführt.
        </>
      )}
    </li>
  );
}

export default function OpenData({data}: {data: OpenDataPageData}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const web = String(siteConfig.customFields?.webAddress ?? '');
  const csv = data.files.find((f) => f.format === 'csv');
  const rdf = data.files.find((f) => f.format === 'rdf');
  return (
    <Layout title="Offene Daten" description="Alle Einträge des Praxisatlas als JSON und CSV unter CC BY 4.0, dazu ein Katalog nach DCAT-AP.de für Datenportale.">
      <main className="container margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">Offene Daten</Heading>
          <p className={styles.intro}>
            Alle {data.count} Einträge des Praxisatlas gibt es auch als Dateien: für eigene Auswertungen, für Übersichten Ihrer Kommune oder für ein
            Datenportal. Die Dateien entstehen bei jedem Bau der Website aus denselben geprüften Einträgen wie die Seiten und sind so aktuell wie der
            Atlas.
          </p>

          <Section id="dateien" title="Die Dateien">
            <ul className={styles.files}>
              {data.files.map((file) => (
                <FileItem key={file.format} file={file} csv={data.csv} />
              ))}
            </ul>
          </Section>

          {csv && (
            <Section id="vorschau" title="Vorschau der Tabelle">
              <Preview preview={data.preview} count={data.count} file={csv.file} />
            </Section>
          )}

          <Section id="spalten" title="Spalten und Felder">
            <p>
              Die Spalten der CSV-Datei heißen wie die Felder der Einträge; in der JSON-Datei stehen dieselben Felder, die deutschen Bezeichnungen der
              Werte unter <code>labels</code>. Was die Felder bedeuten und welche Werte erlaubt sind, steht unter <Link to="/felder">Felder und Werte</Link>.
            </p>
            <div className={styles.scroll} tabIndex={0} role="region" aria-label="Spalten der CSV-Datei (Tabelle)">
              <table className={styles.table}>
                <caption>Spalten der CSV-Datei, in ihrer Reihenfolge</caption>
                <thead>
                  <tr>
                    <th scope="col">Spalte</th>
                    <th scope="col">Inhalt</th>
                  </tr>
                </thead>
                <tbody>
                  {data.columns.map((c) => (
                    <tr key={c.name}>
                      <th scope="row">
                        <code>{c.name}</code>
                      </th>
                      <td>{c.label}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Section>

          <Section id="lizenz" title="Lizenz und Namensnennung">
            <p>
              Die Daten stehen wie die Texte unter der Lizenz <a href={data.licence.url}>{data.licence.name} ({data.licence.short})</a>. Sie dürfen sie
              kopieren, verändern und weitergeben, auch in eigenen Veröffentlichungen, wenn Sie den Praxisatlas als Quelle nennen, die Lizenz angeben und
              kenntlich machen, was Sie verändert haben. Zum Beispiel so:
            </p>
            <blockquote className={styles.attribution}>{data.attribution}</blockquote>
            <p>
              Die Fakten der Einträge stammen aus dem Artikel von {data.article}, und den dort zitierten Werken. Jeder Eintrag nennt seine Quellen mit
              Abschnitt (Feld <code>sources</code>); übernehmen Sie diese Angaben, wenn Sie Zahlen weiterverwenden. Mehr dazu unter{' '}
              <Link to="/lizenz">Lizenz und Zitierweise</Link>.
            </p>
          </Section>

          {rdf && (
            <Section id="datenportale" title="Für Datenportale">
              <p>
                <a href={rdf.href} download>
                  {rdf.file}
                </a>{' '}
                beschreibt den Datensatz und seine beiden Dateien nach DCAT-AP.de 2.0, dem Metadatenstandard für offene Verwaltungsdaten in Deutschland.
                Ein Landesportal oder GovData kann den Katalog unter dieser Adresse regelmäßig einsammeln:
              </p>
              <p>
                <code>{`${web}${rdf.path}`}</code>
              </p>
            </Section>
          )}
        </div>
      </main>
    </Layout>
  );
}
