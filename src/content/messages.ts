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

/** 1990, 8515, 12.345, 1.000.000.000, 2,5; beyond 15 digits a power of ten (1,7 · 10^308), not 309 digits. */
export function germanNumber(n: number): string {
  if (Math.abs(n) >= 1e15) {
    const [mantissa, exponent] = n.toExponential(2).split('e');
    return `${Number(mantissa).toLocaleString('de-DE')} · 10^${Number(exponent)}`;
  }
  // Years and four-digit figures go without a point, as in German text.
  return n.toLocaleString('de-DE', {maximumFractionDigits: 20, useGrouping: Math.abs(n) >= 10_000});
}

export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'nichts';
  if (Array.isArray(v)) return 'eine Liste';
  if (typeof v === 'string') return `der Text „${v.length > 40 ? v.slice(0, 40) + '…' : v}“`;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'der YAML-Wert `.nan` (keine Zahl)';
    if (!Number.isFinite(v)) return `der YAML-Wert \`${v > 0 ? '.inf' : '-.inf'}\` (unendlich)`;
    return `${Number.isInteger(v) ? 'die Zahl' : 'die Kommazahl'} ${germanNumber(v)}`;
  }
  if (typeof v === 'boolean') return `der Wahrheitswert ${v}`;
  return 'eine Gruppe von Feldern';
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `${n} ${one}` : `${germanNumber(n)} ${many}`;
}

/** What to do when a list is too long, by field. */
const LIST_HINTS: Record<string, string> = {
  keywords: 'Behalten Sie die Begriffe, unter denen man den Eintrag sucht; Wörter aus Titel und Text findet die Suche ohnehin.',
  related: 'Verweisen Sie nur auf die am engsten verwandten Einträge.',
  outcomes: 'Nehmen Sie nur die wichtigsten Zahlen der Quelle auf; weitere können im Text stehen.',
  sources: 'Nennen Sie nur die Quellen, auf die sich die Angaben des Eintrags stützen.',
};

const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** The name of the last key in a path (for enum lookup). */
function lastKey(path: PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

export function issueMessage(issue: Issue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof input === 'number' && !Number.isFinite(input)) {
        return `Erwartet wird eine gewöhnliche Zahl wie \`8515\`, gefunden wurde ${describeValue(input)}. Schreiben Sie die Zahl aus der Quelle.`;
      }
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.expected === 'int' && typeof input === 'number') {
        return `Erwartet wird eine ganze Zahl ohne Komma, gefunden wurde ${describeValue(input)}.`;
      }
      return `Erwartet wird ${expected}, gefunden wurde ${describeValue(input)}.`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return `Zu kurz: mindestens ${plural(min, 'Zeichen', 'Zeichen')}, jetzt ${typeof input === 'string' ? input.trim().length : 0}. Ergänzen Sie den Text.`;
      if (issue.origin === 'array') return `Die Liste braucht mindestens ${plural(min, 'Eintrag', 'Einträge')}.`;
      if (min === 0 && issue.inclusive) return `Die Zahl darf nicht negativ sein, gefunden wurde ${describeValue(input)}. Schreiben Sie sie ohne Minuszeichen; einen Rückgang nennen Sie in „label“, z. B. „Rückgang der Arbeitslosen“.`;
      return `Zu klein: erlaubt ist ab ${germanNumber(min)}, gefunden wurde ${describeValue(input)}.`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `Zu lang: höchstens ${plural(max, 'Zeichen', 'Zeichen')}, jetzt ${typeof input === 'string' ? input.trim().length : '?'}. Kürzen Sie den Text.`;
      const count = Array.isArray(input) ? input.length : input && typeof input === 'object' ? Object.keys(input).length : undefined;
      const found = count === undefined ? '' : `, hier sind es ${germanNumber(count)}`;
      const key = lastKey(issue.path);
      if (issue.origin === 'array') return `Die Liste darf höchstens ${plural(max, 'Eintrag', 'Einträge')} haben${found}. ${key && Object.hasOwn(LIST_HINTS, key) ? LIST_HINTS[key] : 'Kürzen Sie die Liste.'}`;
      if (issue.origin === 'record') return `Die Datei darf höchstens ${germanNumber(max)} Einträge haben${found}. Entfernen Sie Einträge, die nicht mehr gebraucht werden.`;
      const hint = key === 'value' ? ' Prüfen Sie die Zahl an der Quelle, etwa auf zusätzliche Nullen: die Angaben eines Eintrags liegen weit darunter.' : '';
      return `Zu groß: erlaubt ist bis ${germanNumber(max)}, gefunden wurde ${describeValue(input)}.${hint}`;
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
      if (typeof input === 'string' && CONTROL.test(input)) return 'Der Text enthält einen Zeilenumbruch, Tabulator oder ein anderes Steuerzeichen. Schreiben Sie ihn in eine Zeile, ohne Steuerzeichen.';
      if (issue.format === 'email') return `Erwartet wird eine E-Mail-Adresse wie \`praxisatlas@musterstadt.example\`, gefunden wurde ${describeValue(input)}. Prüfen Sie @ und Domain.`;
      if (issue.format === 'url') return `Erwartet wird eine vollständige Webadresse, die mit \`https://\` beginnt, gefunden wurde ${describeValue(input)}.`;
      if (key === 'questions') return `Eine Frage endet mit „?“, gefunden wurde ${describeValue(input)}. Schreiben Sie sie als Frage, wie sie jemand aus der Praxis stellt, z. B. „Wie bekommen nicht versicherte Kinder ärztliche Hilfe?“.`;
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
