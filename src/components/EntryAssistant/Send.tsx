/**
 * The three ways out of the assistant, offered once the draft passes the checks: the file itself,
 * GitHub's new-file page with the text filled in (GitHub makes the fork and the pull request), or
 * an e-mail to the editors with the text in the body, for everyone without an account.
 */
import React, {useState, type ReactNode} from 'react';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

interface Props {
  ready: boolean;
  text: string;
  path: string;
  editing: boolean;
  repository: {slug: string; branch: string};
  /** The editors' address from the site configuration; empty while none is configured. */
  email: string;
}

/** GitHub answers over-long addresses with an error page; longer texts go through the clipboard. */
const MAX_URL = 8000;

export function githubUrl({repository, path, text, editing}: Pick<Props, 'repository' | 'path' | 'text' | 'editing'>): {url: string; filled: boolean} {
  const base = `https://github.com/${repository.slug}`;
  if (editing) return {url: `${base}/edit/${repository.branch}/${path}`, filled: false};
  const withText = `${base}/new/${repository.branch}?filename=${encodeURIComponent(path)}&value=${encodeURIComponent(text)}`;
  return withText.length <= MAX_URL ? {url: withText, filled: true} : {url: `${base}/new/${repository.branch}?filename=${encodeURIComponent(path)}`, filled: false};
}

export function mailtoUrl(email: string, path: string, text: string, editing: boolean): string {
  const subject = `Praxisatlas: ${editing ? 'Änderung an' : 'Vorschlag für'} ${path}`;
  const body = `Guten Tag,\n\nanbei mein ${editing ? 'geänderter' : 'neuer'} Eintrag für den Praxisatlas (Datei ${path}), erstellt mit dem Eintrags-Assistenten.\n\n${text}`;
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

export default function Send({ready, text, path, editing, repository, email}: Props): ReactNode {
  const [copied, setCopied] = useState<'ja' | 'nein'>();
  const file = path.split('/').pop()!;
  const github = githubUrl({repository, path, text, editing});

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], {type: 'text/markdown;charset=utf-8'}));
    const a = document.createElement('a');
    a.href = url;
    a.download = file;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ja');
    } catch {
      setCopied('nein');
    }
  };

  return (
    <section aria-labelledby="einreichen" className={styles.send}>
      <Heading as="h2" id="einreichen">
        Einreichen
      </Heading>
      {!ready ? (
        <p>Sobald der Eintrag vollständig ist und die Prüfung besteht, können Sie ihn hier herunterladen, auf GitHub vorschlagen oder per E-Mail an die Redaktion schicken.</p>
      ) : (
        <ul className={styles.ways}>
          <li>
            <button type="button" className="button button--primary" onClick={download}>
              Datei herunterladen
            </button>
            <p>
              Die Datei <code>{file}</code>, genau so, wie sie in den Ordner <code>{path.slice(0, path.lastIndexOf('/') + 1)}</code> gehört.
            </p>
          </li>
          <li>
            <a className="button button--secondary" href={github.url} target="_blank" rel="noopener noreferrer">
              Auf GitHub vorschlagen
            </a>
            <p>
              {editing
                ? 'Öffnet die Datei auf GitHub zum Bearbeiten. Kopieren Sie vorher den neuen Text und ersetzen Sie damit den alten. '
                : github.filled
                  ? 'Öffnet GitHub mit Ihrer Datei. '
                  : 'Öffnet GitHub; der Text ist zu lang für die Adresse: kopieren Sie ihn vorher und fügen Sie ihn dort ein. '}
              Sie brauchen ein GitHub-Konto; GitHub legt die Kopie und den Änderungsvorschlag (Pull Request) für Sie an.
            </p>
            {(editing || !github.filled) && (
              <button type="button" className="button button--sm button--outline button--secondary" onClick={() => void copy()}>
                Text kopieren
              </button>
            )}
            <span role="status">{copied === 'ja' ? ' Text kopiert.' : copied === 'nein' ? ' Kopieren nicht möglich: markieren Sie den Text in der Dateivorschau unten.' : ''}</span>
          </li>
          <li>
            <a className="button button--secondary" href={mailtoUrl(email, path, text, editing)}>
              Per E-Mail an die Redaktion
            </a>
            <p>
              Öffnet Ihr E-Mail-Programm mit dem Text des Eintrags.{' '}
              {email ? (
                <>
                  Empfänger: <code>{email}</code>.
                </>
              ) : (
                'Die Adresse der Redaktion ist für diese Ausgabe des Atlas noch nicht eingetragen: tragen Sie den Empfänger selbst ein.'
              )}{' '}
              Nennen Sie dort auch Ihre Quelle, falls sie in der Liste fehlte.
            </p>
          </li>
        </ul>
      )}
    </section>
  );
}
