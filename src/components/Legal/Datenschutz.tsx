/**
 * /datenschutz: what this static site processes, and what it does not (no cookies, no tracking).
 * Controller and authority come from data/betreiber.yml (model.ts); what stays in the browser
 * from storage.ts, which a test holds equal to the code that writes it.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import type {DatenschutzData} from './model';
import {Email, IncompleteNotice, PlaceBlock, WebAddress} from './parts';
import {storageUses} from './storage';
import styles from './styles.module.css';

const STORAGE = storageUses();

export default function Datenschutz({data}: {data: DatenschutzData}): ReactNode {
  return (
    <Layout title="Datenschutz" description="Welche Daten beim Besuch des Praxisatlas Neuzuwanderung verarbeitet werden: Zugriffsdaten beim Hoster, keine Cookies, kein Tracking; Ihre Rechte.">
      <main className="container margin-vert--lg">
        <div className={styles.page}>
          <Heading as="h1">Datenschutzerklärung</Heading>
          <IncompleteNotice incomplete={data.incomplete} />
          <p>
            Der Praxisatlas ist eine statische Website: Jede Seite ist eine fertige Datei, die der Hoster an Ihren Browser ausliefert. Es gibt keine Anmeldung, keine
            Formulare, die Daten an uns senden, keine Cookies und keine Werkzeuge zur Reichweitenmessung oder Werbung.
          </p>

          <Heading as="h2" id="verantwortliche-stelle">
            Verantwortliche Stelle
          </Heading>
          <p>Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist:</p>
          <PlaceBlock place={data.controller} />
          <p>
            E-Mail: <Email value={data.controllerEmail} />
          </p>
          {data.dpoEmail !== undefined ? (
            <p>
              Die oder den behördlichen Datenschutzbeauftragten erreichen Sie unter <Email value={data.dpoEmail} />.
            </p>
          ) : (
            <p>Fragen zum Datenschutz richten Sie an die verantwortliche Stelle.</p>
          )}

          <Heading as="h2" id="hosting">
            Aufruf der Website: Zugriffsdaten beim Hoster
          </Heading>
          <p>Die Website liegt bei:</p>
          <PlaceBlock place={data.host} />
          <p>
            Wenn Sie eine Seite aufrufen, verarbeitet der Hoster technisch notwendige Zugriffsdaten: Ihre IP-Adresse, Datum und Uhrzeit, die aufgerufene Seite und Angaben
            zu Ihrem Browser und Betriebssystem. Ohne diese Angaben kann keine Seite ausgeliefert werden. Der Hoster speichert sie in Protokollen, um den Dienst sicher zu
            betreiben und Angriffe abzuwehren; er verarbeitet sie nach seinen eigenen Datenschutzhinweisen:{' '}
            <WebAddress value={data.host.privacyUrl} label="Datenschutzhinweise des Hosters" />. Dabei können Daten auch außerhalb der Europäischen Union verarbeitet
            werden. Wir selbst erhalten diese Protokolle nicht und werten keine Zugriffe aus.
          </p>
          <p>
            Rechtsgrundlage ist Art. 6 Abs. 1 Buchst. e DSGVO: Die Website dient der Information der Öffentlichkeit über kommunale Arbeit mit Neuzugewanderten.
          </p>

          <Heading as="h2" id="keine-cookies">
            Keine Cookies, kein Tracking
          </Heading>
          <p>
            Die Website setzt keine Cookies, bindet keine Dienste zur Reichweitenmessung, keine Werbung und keine Inhalte anderer Anbieter ein (keine Schriften, Videos oder
            Karten von fremden Servern). Die Suche läuft vollständig in Ihrem Browser: Ihre Suchbegriffe verlassen Ihr Gerät nicht. Links zu anderen Websites öffnen
            deren Seiten erst, wenn Sie sie anklicken; dort gelten deren Datenschutzhinweise.
          </p>

          <Heading as="h2" id="lokaler-speicher">
            Speicher in Ihrem Browser
          </Heading>
          <p>
            Zwei Seiten merken sich Ihre Eingaben im lokalen Speicher Ihres Browsers (localStorage). Die Daten bleiben auf Ihrem Gerät; die Website überträgt sie nicht.
            Sie können sie auf der jeweiligen Seite löschen oder jederzeit mit den Einstellungen Ihres Browsers („Websitedaten löschen“).
          </p>
          <dl className={styles.terms}>
            {STORAGE.map((use) => (
              <React.Fragment key={use.key}>
                <dt>
                  <Link to={use.page.to}>{use.page.label}</Link> (Schlüssel <code>{use.key}</code>)
                </dt>
                <dd>
                  {use.purpose} {use.removal}
                </dd>
              </React.Fragment>
            ))}
          </dl>

          <Heading as="h2" id="offline-kopie">
            Offline-Kopie und PDF
          </Heading>
          <p>
            Die Offline-Kopie öffnen Sie als Datei auf Ihrem eigenen Gerät. Sie sendet nichts: Sie lädt nichts nach und meldet sich bei keinem Server. Beim Herunterladen
            der Kopie oder der PDF-Dateien gilt dasselbe wie beim Aufruf einer Seite (Zugriffsdaten beim Hoster).
          </p>

          <Heading as="h2" id="beitraege">
            Wenn Sie etwas beitragen
          </Heading>
          <p>
            Wenn Sie über GitHub einen Eintrag vorschlagen oder eine Barriere melden, nutzen Sie ein Konto bei GitHub; dafür gelten die Bedingungen und
            Datenschutzhinweise von GitHub. Issues und Pull Requests sind öffentlich: Schreiben Sie keine persönlichen Angaben hinein. Wenn Sie uns eine E-Mail schreiben,
            verwenden wir Ihre Adresse und Ihre Nachricht nur, um Ihr Anliegen zu bearbeiten. Ihr E-Mail-Anbieter verarbeitet die Nachricht nach seinen eigenen
            Bedingungen.
          </p>

          <Heading as="h2" id="ihre-rechte">
            Ihre Rechte
          </Heading>
          <p>Soweit wir Daten über Sie verarbeiten, etwa aus einer E-Mail, haben Sie das Recht</p>
          <ul>
            <li>auf Auskunft über diese Daten (Art. 15 DSGVO),</li>
            <li>auf Berichtigung falscher Daten (Art. 16 DSGVO),</li>
            <li>auf Löschung (Art. 17 DSGVO),</li>
            <li>auf Einschränkung der Verarbeitung (Art. 18 DSGVO),</li>
            <li>auf Datenübertragbarkeit (Art. 20 DSGVO) und</li>
            <li>der Verarbeitung zu widersprechen (Art. 21 DSGVO).</li>
          </ul>
          <p>Wenden Sie sich dafür an die verantwortliche Stelle oben.</p>
          <p>Sie können sich außerdem bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO). Zuständig ist:</p>
          <PlaceBlock place={data.authority} />
          <p>
            Website: <WebAddress value={data.authority.url} />
          </p>
        </div>
      </main>
    </Layout>
  );
}
