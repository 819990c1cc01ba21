/** The checklist as Markdown: shown in a text box, copied to the clipboard or saved as a file. */
import React, {useRef, useState, type ReactNode} from 'react';
import styles from './styles.module.css';

export default function MarkdownExport({markdown}: {markdown: string}): ReactNode {
  const box = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setMessage('Die Liste ist in der Zwischenablage.');
    } catch {
      // No clipboard API (e.g. file:// in some browsers): select the text for Strg+C.
      box.current?.select();
      setMessage('Der Text ist markiert: Kopieren Sie ihn mit Strg+C (Mac: Cmd+C).');
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([markdown], {type: 'text/markdown;charset=utf-8'}));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'selbstcheck-neuzuwanderung.md';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage('Die Datei selbstcheck-neuzuwanderung.md wurde gespeichert.');
  };

  return (
    <details className={styles.export}>
      <summary>Als Markdown-Liste exportieren</summary>
      <p>Zum Einfügen in eine Vorlage für Ausschuss oder Verwaltungsvorstand. Die Links führen zu den Einträgen des Praxisatlas.</p>
      <label htmlFor="selbstcheck-markdown">Markdown-Liste</label>
      <textarea id="selbstcheck-markdown" ref={box} readOnly value={markdown} rows={12} className={styles.markdown} />
      <div className={styles.actions}>
        <button type="button" className="button button--secondary" onClick={copy}>
          In die Zwischenablage kopieren
        </button>
        <button type="button" className="button button--secondary" onClick={download}>
          Als Datei speichern
        </button>
      </div>
      <p role="status" className={styles.message}>
        {message}
      </p>
    </details>
  );
}
