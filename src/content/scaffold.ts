/**
 * The scaffolder behind `npm run new -- <type> <id>`: every required field and the section
 * headings of the type. Placeholders are valid values marked AUSFÜLLEN: the file validates at
 * once (so it can be previewed) and gives warnings until they are replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import {today} from './index.ts';
import {readEntryFile} from './load.ts';
import {listContentTree, RESERVED_NAMES} from './tree.ts';
import {PLACEHOLDER} from './rules.ts';
import {ENTRY_TYPES, ID_PATTERN, type EntryType} from './schema.ts';
import {SECTIONS} from './sections.ts';
import {didYouMean} from './suggest.ts';
import {TYPE_FOLDER} from './types.ts';
import {evidenceLevels, fields, lessonKinds, statuses} from './vocabularies.ts';

export class UsageError extends Error {}

function usedNumbers(root: string, key: 'step' | 'scenario'): number[] {
  return listContentTree(root).entries
    .map((rel) => readEntryFile(root, rel).data?.[key])
    .filter((n): n is number => typeof n === 'number');
}

export function scaffold(root: string, typeArg: string | undefined, id: string | undefined, date = today()): {path: string; text: string} {
  if (!typeArg || !id) throw new UsageError('Aufruf: npm run new -- <typ> <kennung>, z. B. npm run new -- praxis sprachcafe-gelsenkirchen');
  if (!(ENTRY_TYPES as string[]).includes(typeArg)) {
    throw new UsageError(`Unbekannter Typ „${typeArg}“.${didYouMean(typeArg, ENTRY_TYPES)} Erlaubt sind: ${ENTRY_TYPES.join(', ')}.`);
  }
  const type = typeArg as EntryType;
  if (!ID_PATTERN.test(id)) {
    throw new UsageError(`Ungültige Kennung „${id}“: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, ohne Umlaute (ae, oe, ue, ss), z. B. „sprachcafe-gelsenkirchen“.`);
  }
  if (RESERVED_NAMES.has(id)) throw new UsageError(`Die Kennung „${id}“ ist reserviert (eine Seite oder ein Ordner der Website heißt so). Wählen Sie eine andere, z. B. „${id}-${type === 'praxis' ? 'dortmund' : 'neu'}“.`);
  const rel = `docs/${TYPE_FOLDER[type]}/${id}.md`;
  if (fs.existsSync(path.join(root, rel))) throw new UsageError(`${rel} gibt es schon. Wählen Sie eine andere Kennung oder bearbeiten Sie die vorhandene Datei.`);
  const clash = listContentTree(root).entries.find((f) => path.posix.basename(f).replace(/\.mdx?$/, '') === id);
  if (clash) throw new UsageError(`Die Kennung „${id}“ ist schon vergeben (${clash}). Kennungen sind über alle Ordner eindeutig.`);

  const specific: string[] = [];
  if (type === 'praxis') {
    specific.push(`status: laufend  # ${Object.keys(statuses).join(' | ')}`);
    specific.push(`evidence: beschrieben  # ${Object.keys(evidenceLevels).join(' | ')} (siehe /evidenz)`);
  }
  if (type === 'koordination') {
    specific.push(`step: ${Math.max(0, ...usedNumbers(root, 'step')) + 1}  # Position im Playbook, eindeutig`);
    specific.push(`deliverable: "${PLACEHOLDER}: Was der Schritt hervorbringt und wer entscheidet."`);
  }
  if (type === 'szenario') {
    const free = [1, 2, 3, 4, 5, 6].find((n) => !usedNumbers(root, 'scenario').includes(n));
    if (!free) throw new UsageError('Alle sechs Szenario-Nummern (1–6) sind vergeben. Neue Maßnahmen legen Sie als „praxis“ an und verknüpfen sie mit „related“.');
    specific.push(`scenario: ${free}  # 1–6, eindeutig`);
  }
  if (type === 'lektion') specific.push(`kind: empfehlung  # ${Object.keys(lessonKinds).join(' | ')}`);

  const frontmatter = [
    '---',
    `id: ${id}`,
    `type: ${type}`,
    `title: "${PLACEHOLDER}: Titel des Eintrags"`,
    'description: >-',
    `  ${PLACEHOLDER}: Ein bis zwei Sätze, was der Eintrag zeigt. Sie erscheinen im Katalog und in der Suche.`,
    `city: "${PLACEHOLDER}: Kommune"`,
    `fields: [steuerung]  # Handlungsfelder: ${Object.keys(fields).join(', ')}`,
    ...specific,
    'key_points:  # „Auf einen Blick“: 2 bis 5 kurze Sätze',
    `  - "${PLACEHOLDER}: Der wichtigste Satz über den Eintrag."`,
    `  - "${PLACEHOLDER}: Ein zweiter Satz, z. B. zum Ergebnis."`,
    'questions:  # 1 bis 5 Fragen aus der Praxis, die der Eintrag beantwortet',
    `  - "${PLACEHOLDER}: Wie fragt jemand aus der Praxis danach?"`,
    'sources:',
    '  - ref: certa-vernetzung  # Schlüssel aus data/sources.yml; neue Werke dort ergänzen',
    `    section: "${PLACEHOLDER}"`,
    `last_reviewed: ${date}`,
    '---',
  ];
  const body = SECTIONS[type].flatMap((s) => [`## ${s.heading}`, '', `${PLACEHOLDER}: ${s.hint}`, '']);
  return {path: rel, text: [...frontmatter, '', ...body].join('\n')};
}

