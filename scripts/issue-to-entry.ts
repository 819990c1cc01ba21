/**
 * npm run issue-to-entry -- --body-file issue.md --title "[Praxis]: …" --number 42 [--comment-file kommentar.md]
 *
 * Turns a „Neue Praxis vorschlagen“ issue into docs/praxis/<id>.md (and draft works in
 * data/sources.yml), then checks them with the validator. Used by .github/workflows/vorschlag.yml;
 * the body, title and number may also come from ISSUE_BODY, ISSUE_TITLE and ISSUE_NUMBER, so the
 * workflow never pastes issue text into a shell command. Prints the validator's lines; writes the
 * German comment for the issue; with GITHUB_OUTPUT set, also `id`, `path` and `valid`.
 * Exit 0 when the entry was written (valid or not), 2 when it could not be written.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {Document, parseDocument} from 'yaml';
import {loadEntries, today} from '../src/content/index.ts';
import {issueToEntry} from '../src/content/issue-entry.ts';
import {formatProblem} from '../src/content/problem.ts';
import {listContentTree} from '../src/content/tree.ts';

function main(): number {
  const {values} = parseArgs({options: {'body-file': {type: 'string'}, title: {type: 'string'}, number: {type: 'string'}, 'comment-file': {type: 'string'}}});
  const root = process.cwd();
  const body = values['body-file'] ? fs.readFileSync(values['body-file'], 'utf8') : process.env.ISSUE_BODY;
  const number = Number(values.number ?? process.env.ISSUE_NUMBER);
  if (body === undefined || !Number.isInteger(number) || number < 1) {
    console.error('Aufruf: npm run issue-to-entry -- --body-file <datei> --title "<Titel>" --number <Nummer des Issues>');
    return 2;
  }
  const existingIds = new Set(listContentTree(root).entries.map((f) => path.posix.basename(f).replace(/\.mdx?$/, '')));
  const entry = issueToEntry({title: values.title ?? process.env.ISSUE_TITLE ?? '', body, number, today: today(), existingIds});

  try {
    // Never replace a file: an id that exists already was avoided above, so this is a race or a bug.
    fs.writeFileSync(path.join(root, entry.path), entry.text, {flag: 'wx'});
  } catch {
    console.error(`${entry.path} gibt es schon; nichts geschrieben.`);
    return 2;
  }
  if (Object.keys(entry.works).length) {
    const file = path.join(root, 'data/sources.yml');
    const doc = parseDocument(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '{}');
    for (const [key, work] of Object.entries(entry.works)) doc.set(key, new Document(work).contents);
    fs.writeFileSync(file, doc.toString({lineWidth: 0}));
  }

  const result = loadEntries(root);
  const mine = result.problems.filter((p) => p.path === entry.path || p.path === 'data/sources.yml');
  const lines = mine.map(formatProblem);
  const valid = entry.consent && !mine.some((p) => p.severity === 'error');
  for (const line of lines) console.log(line);
  console.log(valid ? `✓ ${entry.path} ist gültig.` : `✗ ${entry.path} hat noch Fehler.`);

  const warnings = mine.some((p) => p.severity === 'warning');
  if (values['comment-file']) fs.writeFileSync(values['comment-file'], comment(entry.path, valid, warnings, lines, entry.notes));
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `id=${entry.id}\npath=${entry.path}\nvalid=${valid}\n`);
  return 0;
}

/** The German comment on the issue: what was made and, if needed, what to fix in the issue. */
function comment(file: string, valid: boolean, warnings: boolean, lines: string[], notes: string[]): string {
  const out = [
    valid
      ? `Danke! Aus Ihrem Vorschlag ist der Eintrag \`${file}\` entstanden; er besteht die Prüfung${warnings ? ', mit Hinweisen unten' : ''}. Die Redaktion sieht ihn im Pull Request durch.`
      : `Danke! Aus Ihrem Vorschlag ist der Eintrag \`${file}\` entstanden, aber es fehlt noch etwas. Bitte bearbeiten Sie das Issue (oben rechts „…“ → „Edit“) und ergänzen oder korrigieren Sie die genannten Felder; der Eintrag wird danach neu erzeugt.`,
  ];
  // Indented, not fenced: no text inside can end the code block.
  if (lines.length) out.push('', 'Meldungen der Prüfung (Datei:Zeile:Spalte Feld: Meldung):', '', ...lines.map((l) => `    ${l}`));
  if (notes.length) out.push('', ...notes.map((n) => `- ${n}`));
  return `${out.join('\n')}\n`;
}

process.exit(main());
