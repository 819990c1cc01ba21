/** Zod issues → German messages that say what was expected and how to fix it. */
import type {z} from 'zod';
import {vocabularies} from './vocabularies.ts';
import {didYouMean} from './suggest.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  int: 'eine ganze Zahl',
  array: 'eine Liste (z. B. `[a, b]` oder Zeilen mit `- `)',
  object: 'eine Gruppe von Feldern (`name: wert`)',
  boolean: 'ja/nein (`true`/`false`)',
};

export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nichts';
  if (Array.isArray(v)) return 'eine Liste';
  if (typeof v === 'string') return `der Text „${v.length > 40 ? v.slice(0, 40) + '…' : v}“`;
  if (typeof v === 'number') return Number.isInteger(v) ? `die Zahl ${v}` : `die Kommazahl ${String(v).replace('.', ',')}`;
  if (typeof v === 'boolean') return `der Wahrheitswert ${v}`;
  return 'eine Gruppe von Feldern';
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `${n} ${one}` : `${n} ${many}`;
}

/** The name of the last key in a path (for enum lookup). */
function lastKey(path: PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

export function issueMessage(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.expected === 'int' && typeof input === 'number') {
        return `Erwartet wird eine ganze Zahl ohne Komma, gefunden wurde ${describeValue(input)}.`;
      }
      return `Erwartet wird ${expected}, gefunden wurde ${describeValue(input)}.`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return `Zu kurz: mindestens ${plural(min, 'Zeichen', 'Zeichen')}, jetzt ${typeof input === 'string' ? input.length : 0}. Ergänzen Sie den Text.`;
      if (issue.origin === 'array') return `Die Liste braucht mindestens ${plural(min, 'Eintrag', 'Einträge')}.`;
      return `Zu klein: erlaubt ist ab ${min}, gefunden wurde ${describeValue(input)}.`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `Zu lang: höchstens ${plural(max, 'Zeichen', 'Zeichen')}, jetzt ${typeof input === 'string' ? input.length : '?'}. Kürzen Sie den Text.`;
      if (issue.origin === 'array') return `Die Liste darf höchstens ${plural(max, 'Eintrag', 'Einträge')} haben.`;
      return `Zu groß: erlaubt ist bis ${max}, gefunden wurde ${describeValue(input)}.`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const key = lastKey(issue.path);
      const vocab = key ? (vocabularies as Record<string, Record<string, {label: string}>>)[key] : undefined;
      const list = vocab ? allowed.map((v) => `${v} (${vocab[v]?.label ?? v})`).join(', ') : allowed.join(', ');
      const hint = typeof input === 'string' ? didYouMean(input, allowed) : '';
      return `Unbekannter Wert ${input === undefined ? '' : `„${String(input)}“`}.${hint} Erlaubt sind: ${list}.`.replace('Wert .', 'Wert.');
    }
    case 'invalid_format': {
      const key = lastKey(issue.path);
      if (issue.format === 'url') return `Erwartet wird eine vollständige Webadresse, die mit \`https://\` beginnt, gefunden wurde ${describeValue(input)}.`;
      if (key === 'last_reviewed') return `Erwartet wird ein Datum im Format JJJJ-MM-TT, z. B. 2026-11-26, gefunden wurde ${describeValue(input)}.`;
      if (key === 'as_of') return `Erwartet wird ein Jahr (2018) oder Jahr und Monat (\`"2018-05"\`), gefunden wurde ${describeValue(input)}.`;
      return `Ungültige Kennung „${String(input)}“: erlaubt sind nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, ohne Umlaute und Leerzeichen, z. B. „clearingstelle-gesundheit“.`;
    }
    case 'invalid_union':
      if (lastKey(issue.path) === 'as_of') return `Erwartet wird ein Jahr (2018) oder Jahr und Monat (\`"2018-05"\`), gefunden wurde ${describeValue(input)}.`;
      return `Erwartet wird ein Text oder eine Zahl, gefunden wurde ${describeValue(input)}.`;
    default:
      return `Ungültiger Wert: ${describeValue(input)}.`;
  }
}
