/**
 * /einfache-sprache: the explanations BITV 2.0 § 4 asks for (content, finding one's way, the
 * essentials of the accessibility statement, where to get more), in Einfache Sprache: short
 * sentences, common words, one idea per sentence. Not „Leichte Sprache“: that needs a reader group
 * to check it (see /barrierefreiheit). The feedback address comes from data/betreiber.yml.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {PlainLanguageData} from './model';
import {Email, Text} from './parts';
import styles from './styles.module.css';

export default function EinfacheSprache({data}: {data: PlainLanguageData}): ReactNode {
  return (
    <Layout title="Einfache Sprache" description="Der Praxisatlas Neuzuwanderung in Einfacher Sprache: was auf der Website steht, wie Sie sich zurechtfinden und wie barrierefrei sie ist.">
      <main className="container margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">Der Praxisatlas in Einfacher Sprache</Heading>
          <p>Auf dieser Seite erklären wir die Website in Einfacher Sprache.</p>

          <Heading as="h2" id="was-steht-hier">
            Was steht im Praxisatlas?
          </Heading>
          <p>Viele Menschen ziehen aus anderen Ländern nach Deutschland. Manche kommen aus Bulgarien oder Rumänien.</p>
          <p>Städte wollen diesen Menschen helfen. Zum Beispiel bei Arbeit, Wohnung, Schule und Gesundheit.</p>
          <p>Die Stadt Dortmund hat dafür viel ausprobiert. Der Praxisatlas beschreibt, was Dortmund gemacht hat.</p>
          <p>Andere Städte können davon lernen. Sie können auch eigene Erfahrungen eintragen.</p>
          <p>Im Praxisatlas gibt es fünf Arten von Texten:</p>
          <ul>
            <li>Hintergrund: Warum kommen die Menschen? Wie leben sie hier?</li>
            <li>Schritte: Wie arbeiten Stadt und Vereine zusammen?</li>
            <li>Szenarien: Sechs Pläne für die Zukunft.</li>
            <li>Maßnahmen: Angebote, die es schon gibt. Zum Beispiel eine Beratung.</li>
            <li>Lektionen: Was hat gut geklappt? Was ist noch offen?</li>
          </ul>

          <Heading as="h2" id="zurechtfinden">
            Wie finde ich mich zurecht?
          </Heading>
          <ul>
            <li>Oben auf jeder Seite ist das Menü. Auf dem Handy öffnen Sie das Menü mit der Schaltfläche oben links.</li>
            <li>
              Oben rechts ist das Suchfeld. Schreiben Sie dort ein Wort hinein. Zum Beispiel „Wohnung“. Sie können auch die Seite <Link to="/suche">Suche</Link> öffnen.
            </li>
            <li>
              Im <Link to="/katalog">Katalog</Link> stehen alle Texte. Sie können dort auswählen, was Sie sehen wollen. Zum Beispiel nur Texte zum Thema Gesundheit.
            </li>
            <li>
              Manche Wörter sind schwer. Das <Link to="/glossar">Glossar</Link> erklärt sie.
            </li>
            <li>Ganz unten auf jeder Seite gibt es weitere Links. Zum Beispiel zum Impressum und zum Datenschutz.</li>
            <li>Sie können jede Seite drucken.</li>
            <li>Ganz unten gibt es auch Dateien zum Herunterladen: das Playbook als PDF und eine Kopie der Website. Die Kopie funktioniert ohne Internet.</li>
            <li>Sie können die Website mit der Tastatur bedienen. Mit der Tabulator-Taste kommen Sie von Link zu Link.</li>
          </ul>

          <Heading as="h2" id="barrierefreiheit">
            Wie barrierefrei ist der Praxisatlas?
          </Heading>
          <p>Barrierefrei heißt: Alle Menschen können die Website gut benutzen. Auch Menschen mit Behinderung.</p>
          <p>
            <strong>{data.status}</strong>
          </p>
          <p>Wir prüfen die Website bei jeder Änderung mit Computer-Programmen. Die Programme finden keine Fehler.</p>
          {data.limits.length > 0 && (
            <>
              <p>Aber einige Dinge fehlen noch:</p>
              <ul>
                {data.limits.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </>
          )}
          <p>
            Mehr dazu steht in der <Link to="/barrierefreiheit">Erklärung zur Barrierefreiheit</Link>.
          </p>

          <Heading as="h2" id="kontakt">
            Wo bekomme ich mehr Hilfe?
          </Heading>
          <p>Haben Sie ein Problem mit der Website? Verstehen Sie etwas nicht? Dann schreiben Sie uns eine E-Mail.</p>
          <p>
            Die E-Mail-Adresse ist: <Email value={data.feedbackEmail} />
          </p>
          <p>Sie bekommen innerhalb von einem Monat eine Antwort.</p>
          <p>Sind Sie mit der Antwort nicht zufrieden? Dann können Sie sich an eine Schlichtungs-Stelle wenden. Die Adresse steht in der Erklärung zur Barrierefreiheit.</p>
          <p>
            Den Praxisatlas betreibt: <Text value={data.operatorName} />. Die Adresse steht im <Link to="/impressum">Impressum</Link>.
          </p>
        </div>
      </main>
    </Layout>
  );
}
