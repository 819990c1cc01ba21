/**
 * /felder — „Felder und Werte“: every frontmatter field and every vocabulary value, generated
 * from src/content/schema.ts at build time (src/content/generators/field-reference.ts).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {FieldReference as Reference} from '@site/src/content/generators/field-reference';
import {repositoryUrl, REPOSITORY} from '@site/src/content/generators/repository';
import {FieldCard, fieldAnchor} from './FieldCard';
import {VocabularyTable} from './VocabularyTable';
import styles from './styles.module.css';

export default function FieldReference({reference}: {reference: Reference}): ReactNode {
  return (
    <Layout title="Felder und Werte" description="Alle Felder eines Praxisatlas-Eintrags mit Pflicht, Art, Regel und Beispiel, und alle erlaubten Werte der Vokabulare – erzeugt aus dem Schema.">
      <main className="container margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">Felder und Werte</Heading>
          <p>
            Jeder Eintrag beginnt mit einem Kopfbereich zwischen zwei Zeilen <code>---</code>. Diese Seite nennt alle Felder, die dort
            stehen dürfen, und alle erlaubten Werte. Sie wird bei jedem Build aus dem Schema erzeugt, das auch die Prüfung (
            <code>npm run validate</code>) verwendet: was hier steht, gilt.
          </p>
          <p>
            Für Editoren und eigene Werkzeuge gibt es dasselbe als{' '}
            <Link to={`pathname://${reference.jsonSchema}`}>JSON Schema (entry.schema.json)</Link>. Wie Sie einen Eintrag anlegen,
            steht in der <Link to={repositoryUrl(`/blob/${REPOSITORY.branch}/CONTRIBUTING.md`)}>Anleitung zum Beitragen</Link>.
          </p>
          <nav aria-label="Inhalt dieser Seite">
            <ul>
              <li><Link to="#typen">Eintragstypen und Ordner</Link></li>
              <li>
                <Link to="#felder">Felder im Kopfbereich</Link>:{' '}
                {reference.fields.map((f, i) => (
                  <React.Fragment key={f.name}>
                    {i > 0 && ' · '}
                    <Link to={`#${fieldAnchor(f.name)}`}><code>{f.name}</code></Link>
                  </React.Fragment>
                ))}
              </li>
              <li><Link to="#werte">Erlaubte Werte</Link></li>
              <li><Link to="#bibliografie">Werke in der Bibliografie</Link></li>
            </ul>
          </nav>

          <Heading as="h2" id="typen">Eintragstypen und Ordner</Heading>
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption className={styles.caption}>Wo jeder Typ liegt, welche Adresse er bekommt und welche Felder Pflicht sind</caption>
              <thead>
                <tr>
                  <th scope="col">Typ</th>
                  <th scope="col">Ordner</th>
                  <th scope="col">Adresse</th>
                  <th scope="col">Pflichtfelder</th>
                </tr>
              </thead>
              <tbody>
                {reference.types.map((t) => (
                  <tr key={t.value}>
                    <th scope="row"><code>{t.value}</code> – {t.label}<br /><span className={styles.fieldHint}>{t.description}</span></th>
                    <td><code>{t.folder}</code></td>
                    <td><code>{t.url}</code></td>
                    <td>{t.required.map((r, i) => <React.Fragment key={r}>{i > 0 && ', '}<code>{r}</code></React.Fragment>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <Heading as="h2" id="felder">Felder im Kopfbereich</Heading>
          <p>Felder, die hier nicht stehen, sind ein Fehler – auch Tippfehler wie <code>feilds</code>. Die Reihenfolge ist die empfohlene.</p>
          {reference.fields.map((f) => <FieldCard key={f.name} field={f} />)}

          <Heading as="h2" id="werte">Erlaubte Werte</Heading>
          <p>Im Eintrag steht der Wert (linke Spalte); Leserinnen und Leser sehen die Bezeichnung.</p>
          {reference.vocabularies.map((v) => <VocabularyTable key={v.anchor} vocabulary={v} />)}

          <Heading as="h2" id="bibliografie">Werke in der Bibliografie</Heading>
          <p>
            Quellen stehen einmal in <code>data/sources.yml</code>, unter einem Schlüssel in Kleinbuchstaben mit Bindestrichen; Einträge
            verweisen mit <code>sources: - ref: schluessel</code> darauf. Ein Werk hat diese Felder:
          </p>
          {reference.bibliography.map((f) => <FieldCard key={f.name} field={f} parent="bibliografie" showTypes={false} />)}
        </div>
      </main>
    </Layout>
  );
}
