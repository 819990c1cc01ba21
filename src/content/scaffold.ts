/**
 * The scaffolder behind `npm run new -- <type> <id>`: every required field and the section
 * headings of the type, written by entry-file.ts (which the entry assistant shares). Placeholders are valid values marked AUSFÜLLEN: the file validates at
 * once (so it can be previewed) and gives warnings until they are replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import {today} from './index.ts';
import {readEntryFile} from './load.ts';
import {listContentTree, RESERVED_NAMES} from './tree.ts';
import {ENTRY_TYPES, ID_PATTERN, type EntryType} from './schema.ts';
import {entryFileText} from './entry-file.ts';
import {didYouMean} from './suggest.ts';
import {entryPath} from './types.ts';

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
  const rel = entryPath(type, id);
  if (fs.existsSync(path.join(root, rel))) throw new UsageError(`${rel} gibt es schon. Wählen Sie eine andere Kennung oder bearbeiten Sie die vorhandene Datei.`);
  const clash = listContentTree(root).entries.find((f) => path.posix.basename(f).replace(/\.mdx?$/, '') === id);
  if (clash) throw new UsageError(`Die Kennung „${id}“ ist schon vergeben (${clash}). Kennungen sind über alle Ordner eindeutig.`);

  const numbers: {step?: number; scenario?: number} = {};
  if (type === 'koordination') numbers.step = Math.max(0, ...usedNumbers(root, 'step')) + 1;
  if (type === 'szenario') {
    numbers.scenario = [1, 2, 3, 4, 5, 6].find((n) => !usedNumbers(root, 'scenario').includes(n));
    if (!numbers.scenario) throw new UsageError('Alle sechs Szenario-Nummern (1–6) sind vergeben. Neue Maßnahmen legen Sie als „praxis“ an und verknüpfen sie mit „related“.');
  }
  return {path: rel, text: entryFileText({type, id, values: {}, sections: {}, today: date}, numbers)};
}

