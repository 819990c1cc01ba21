/**
 * /barrierefreiheit: the accessibility statement (§ 12b BGG, BITV 2.0; in NRW § 10b BGG NRW and
 * BITV NRW). Status, known limits and checked pages come from model.ts and src/quality/pages.ts,
 * the date from the build, feedback and conciliation contacts from data/betreiber.yml.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {repositoryUrl} from '@site/src/content/generators/repository';
import type {StatementData} from './model';
import {Email, IncompleteNotice, PlaceBlock, Text, WebAddress} from './parts';
import styles from './styles.module.css';

function Checks({data}: {data: StatementData}): ReactNode {
  return (
    <>
      <Heading as="h2" id="wie-geprueft-wird">
        Wie geprüft wird
      </Heading>
      <p>
        Jede Änderung am Praxisatlas durchläuft automatische Prüfungen in einem echten Browser. Veröffentlicht wird eine Fassung nur, wenn alle Prüfungen bestanden
        sind. Diese Fassung der Website wurde am {data.date.german} erstellt. Zur Barrierefreiheit gehören diese Prüfungen:
      </p>
      <ul>
        <li>
          <strong>Regeln der WCAG 2.0 und 2.1, Stufen A und AA,</strong> mit dem Prüfwerkzeug axe-core, im hellen und im dunklen Farbschema. Ergebnis: keine Verstöße.
        </li>
        <li>
          <strong>Bedienung mit der Tastatur:</strong> Der erste Druck auf die Tabulatortaste erreicht den Link „Zum Hauptinhalt springen“, und dieser führt zum
          Hauptinhalt. Jedes Bedienelement ist mit der Tabulatortaste erreichbar, der Fokus ist sichtbar, und keine Stelle hält den Fokus fest.
        </li>
        <li>
          <strong>Deutsche Beschriftungen:</strong> Die Seiten sind als deutsch ausgezeichnet, und die Beschriftungen für Hilfsmittel wie Screenreader sind deutsch.
        </li>
        <li>
          <strong>Fehlerfreies Laden:</strong> Keine der Seiten meldet beim Laden einen Fehler im Browser.
        </li>
        <li>
          <strong>Lighthouse,</strong> ein Prüfprogramm in Chromium, bewertet diese Seiten: {data.lighthousePages.join(', ')}. Verlangt{' '}
          {data.lighthouseMinimum === 100 ? 'sind 100' : `sind mindestens ${data.lighthouseMinimum}`} von 100 Punkten in der Kategorie Barrierefreiheit.
        </li>
      </ul>
      <p>Die Prüfungen mit axe-core, mit der Tastatur, der Beschriftungen und des Ladens laufen auf diesen Seiten:</p>
      <ul>
        {data.checkedPages.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <p>
        Der <Link to="/beitragen/eintrag">Eintrags-Assistent</Link>, mit dem Sie eigene Einträge schreiben, ist ein Formular mit beschrifteten Feldern. Seine
        Fehlermeldungen sind mit dem jeweiligen Feld verknüpft.
      </p>
      <p>
        Automatische Prüfungen finden nur einen Teil der möglichen Barrieren. Ob Linktexte und Beschreibungen verständlich sind, ob die Sprache leicht genug ist und wie
        gut sich die Seiten mit einem Screenreader oder starker Vergrößerung nutzen lassen, können sie nicht beurteilen. Ein vollständiger Test durch eine externe
        Prüfstelle (BITV-Test) hat noch nicht stattgefunden.
      </p>
    </>
  );
}

function Limits({data}: {data: StatementData}): ReactNode {
  return (
    <>
      <Heading as="h2" id="nicht-barrierefreie-inhalte">
        Nicht barrierefreie Inhalte
      </Heading>
      <p>Diese Teile des Praxisatlas sind nicht oder nicht vollständig barrierefrei:</p>
      {data.limits.map((limit) => (
        <section key={limit.id} aria-labelledby={`einschraenkung-${limit.id}`}>
          <Heading as="h3" id={`einschraenkung-${limit.id}`}>
            {limit.title}
          </Heading>
          <p>{limit.text}</p>
          {limit.alternative && (
            <p>
              <strong>Alternative:</strong> {limit.alternative.text}
              {limit.alternative.link && (
                <>
                  {' '}
                  <Link to={limit.alternative.link.to}>{limit.alternative.link.label}</Link>.
                </>
              )}
            </p>
          )}
        </section>
      ))}
    </>
  );
}

export default function Barrierefreiheit({data}: {data: StatementData}): ReactNode {
  return (
    <Layout title="Erklärung zur Barrierefreiheit" description="Wie barrierefrei der Praxisatlas Neuzuwanderung ist, wie das geprüft wird, welche Einschränkungen bekannt sind, wie Sie Barrieren melden und wo Sie eine Schlichtung beantragen.">
      <main className="container margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">Erklärung zur Barrierefreiheit</Heading>
          <IncompleteNotice incomplete={data.incomplete} />
          <p>
            Der Praxisatlas Neuzuwanderung soll für alle Menschen nutzbar sein, auch mit Tastatur, Screenreader, Vergrößerung oder in hohem Kontrast. Betrieben wird er
            von: <Text value={data.operatorName} />. Maßstab sind § 12b Behindertengleichstellungsgesetz (BGG) und die Barrierefreie-Informationstechnik-Verordnung
            (BITV 2.0), für Stellen in Nordrhein-Westfalen § 10b BGG NRW und die BITV NRW. Sie verweisen auf die europäische Norm EN 301 549 und damit auf die Web
            Content Accessibility Guidelines (WCAG 2.1) in der Stufe AA.
          </p>
          <p>Diese Erklärung gilt für die Website des Praxisatlas und für ihre Offline-Kopie.</p>

          <Heading as="h2" id="stand">
            Stand der Vereinbarkeit mit den Anforderungen
          </Heading>
          <p className={styles.status}>
            Die Website ist mit den Anforderungen der BITV 2.0 <strong>{data.status}</strong>.
          </p>
          <p>
            Die automatischen Prüfungen finden keine Verstöße gegen die Regeln der WCAG 2.1 in den Stufen A und AA.
            {data.limits.length > 0 && (
              <>
                {' '}
                Einige Anforderungen sind aber noch nicht erfüllt; sie stehen unter <Link to="#nicht-barrierefreie-inhalte">Nicht barrierefreie Inhalte</Link>.
              </>
            )}
          </p>

          <Limits data={data} />
          <Checks data={data} />

          <Heading as="h2" id="barrieren-melden">
            Barrieren melden
          </Heading>
          <p>
            Wenn Sie auf eine Barriere stoßen oder Inhalte in einer zugänglicheren Form brauchen, schreiben Sie an: <Email value={data.feedbackEmail} />. Sie bekommen
            innerhalb eines Monats eine Antwort. Hilfreich sind:
          </p>
          <ul>
            <li>die Adresse der Seite,</li>
            <li>was nicht funktioniert hat oder schwer zu verstehen war,</li>
            <li>womit Sie die Seite genutzt haben, zum Beispiel Browser, Screenreader, Vergrößerung oder nur Tastatur.</li>
          </ul>
          <p>
            Wenn Sie ein GitHub-Konto haben, können Sie eine Barriere auch als{' '}
            <Link to={repositoryUrl('/issues/new')}>neues Issue im Repository des Praxisatlas</Link> melden. Issues sind öffentlich: Schreiben Sie dort keine
            persönlichen Angaben hinein, etwa zu Ihrer Gesundheit.
          </p>

          <Heading as="h2" id="schlichtungsverfahren">
            Schlichtungsverfahren
          </Heading>
          <p>
            Wenn Sie auf Ihre Meldung innerhalb eines Monats keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an die zuständige Schlichtungsstelle
            wenden. Sie vermittelt zwischen Ihnen und der Stelle, die den Praxisatlas betreibt, mit dem Ziel einer Einigung ohne Gericht.
          </p>
          <PlaceBlock place={data.conciliation} />
          <dl className={styles.terms}>
            <dt>Website</dt>
            <dd>
              <WebAddress value={data.conciliation.url} />
            </dd>
            <dt>E-Mail</dt>
            <dd>
              <Email value={data.conciliation.email} />
            </dd>
          </dl>

          <Heading as="h2" id="erstellung">
            Erstellung dieser Erklärung
          </Heading>
          <p>
            Diese Erklärung wurde am {data.date.german} erstellt: Sie entsteht bei jedem Bau der Website neu, mit dem Stand der Prüfungen. Sie beruht auf einer
            Selbstbewertung, gestützt auf die oben beschriebenen automatischen Prüfungen. Eine Erklärung in Einfacher Sprache finden Sie unter{' '}
            <Link to="/einfache-sprache">Der Praxisatlas in Einfacher Sprache</Link>.
          </p>
        </div>
      </main>
    </Layout>
  );
}
