/**
 * Mermaid diagrams by allowlist. Contributed entries are untrusted, and Mermaid keeps adding syntax
 * that reaches outside the picture: directives and `---` config blocks (themeCSS), shape data that
 * loads images and icons (`@{ img: … }`), `url()` in styles, click and link actions, and diagram
 * types with case-insensitive lexers (`LINK`). Checking line starts missed most of it. The atlas
 * only draws flowcharts, so only flowcharts pass, and anything that could load, link or restyle is
 * refused wherever it stands on a line, inside labels too: a false alarm costs a rewording, a miss
 * costs the reader.
 */

/** A huge diagram freezes the reader's browser while Mermaid lays it out. */
export const MAX_DIAGRAM_LINES = 100;
export const MAX_DIAGRAM_CHARS = 10_000;
export const MAX_DIAGRAMS_PER_FILE = 10;

export interface MermaidProblem {
  /** 1-based line inside the code block. */
  line: number;
  message: string;
}

const DECLARATION = /^\s*(flowchart|graph)([ \t]+(TD|TB|BT|LR|RL))?[ \t]*;?[ \t]*$/;
/** `%%` starts a comment, but `%%{` (with or without spaces) a directive. */
const COMMENT = /^\s*%%(?!\s*\{)/;
/** Whole words in any script: `Linkshänder` or `linksäugig` are words of their own, `Links:` is the keyword. */
const word = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}_])(${alternatives})(?![\\p{L}\\p{N}_])`, 'iu');
/**
 * Mermaid renders labels as (sanitised) HTML: `<img src="https://…">` would load from anywhere and
 * a styled `<div>` could cover the page. `<br>` is the one tag labels need.
 */
const HTML_TAG = /<(?!br\s*\/?>)\s*\/?\s*[a-z!?]/i;
/** `<<name>>` is annotation syntax, not a tag; with attributes (`<<img src=…>>`) it is one. */
const ANNOTATION = /<<\w+>>/g;
const STYLE_LINE = /^\s*(style|classDef|linkStyle)\s/;
/** Colours and sizes need no more; quotes, braces and `\` would let CSS load from elsewhere (`image-set("…")`, `u\rl(`). */
const STYLE_FORBIDDEN = /[^\p{L}\p{N}_\s#:,.%()!;-]/u;

const TYPES = '`flowchart` oder `graph`, gefolgt von einer Richtung (TD, TB, BT, LR oder RL)';
const typeMessage = (found: string) =>
  `${found ? `Diagrammart „${found}“` : 'Ein leeres Diagramm'} ist nicht erlaubt: Diagramme im Atlas sind Flussdiagramme und beginnen mit ${TYPES}, etwa \`flowchart TD\`. Davor stehen weder ein \`---\`-Block noch \`%%{…}%%\`.`;

/** First rule a line breaks wins: one problem per line, the most useful message first. */
const RULES: {find: (line: string) => number; message: (quoted: string) => string}[] = [
  {
    find: search(/%%\s*\{/),
    message: (q) => `Einstellungen (\`%%{init}%%\`) sind in Diagrammen nicht erlaubt (${q}): das Aussehen bestimmt die Website. Entfernen Sie die Anweisung.`,
  },
  {
    find: search(/themeCSS|themeVariables|fontFamily|securityLevel|htmlLabels/i),
    message: (q) => `Diagramm-Einstellungen wie \`themeCSS\`, \`themeVariables\`, \`fontFamily\`, \`securityLevel\` oder \`htmlLabels\` sind nicht erlaubt (${q}): das Aussehen bestimmt die Website. Entfernen Sie die Angabe.`,
  },
  {
    find: (line) => search(HTML_TAG)(line.replace(ANNOTATION, (m) => ' '.repeat(m.length))),
    message: (q) => `HTML in einem Diagramm (${q}): Beschriftungen in Mermaid-Diagrammen sind reiner Text, nur \`<br>\` für einen Zeilenumbruch ist erlaubt. Entfernen Sie die spitzen Klammern.`,
  },
  {
    find: search(word('click|href|callback|call|links|link')),
    message: (q) => `Klick-Aktionen und Links (\`click\`, \`link\`, \`href\`, \`call\`) sind in Diagrammen nicht erlaubt (${q}): ein Diagramm zeigt nur Text. Entfernen Sie die Anweisung; steht das Wort in einer Beschriftung, umschreiben Sie es (etwa „Verweis“ oder „linke Seite“).`,
  },
  {
    find: search(/@\s*\{/),
    message: (q) => `Formangaben mit \`@{ … }\` sind in Diagrammen nicht erlaubt (${q}): sie laden Bilder und Symbole von fremden Servern. Verwenden Sie die einfachen Formen \`A["Text"]\`, \`A("Text")\` oder \`A{"Text"}\`.`,
  },
  {
    find: search(/url\s*\(/i),
    message: (q) => `\`url(…)\` ist in Diagrammen nicht erlaubt (${q}): es lädt Inhalte von fremden Servern. Geben Sie Farben direkt an, etwa \`fill:#eef\`, oder entfernen Sie die Angabe.`,
  },
  {
    find: search(/(?<![\p{L}\p{N}_])(javascript|data|vbscript)\s*:/iu),
    message: (q) => `Unsichere Adresse in einem Diagramm (${q}): \`javascript:\`, \`data:\` und \`vbscript:\` sind verboten. Entfernen Sie die Angabe.`,
  },
  {
    // CSS escapes (`u\72l(`) spell `url(` without the letters.
    find: search(/\\/),
    message: (q) => `Rückstriche (\`\\\`) sind in Diagrammen nicht erlaubt (${q}): sie können Angaben verschleiern. Entfernen Sie das Zeichen.`,
  },
  {
    // A statement may follow another after `;` on the same line.
    find: (line) => {
      let offset = 0;
      for (const statement of line.split(';')) {
        const at = STYLE_LINE.test(statement) ? search(STYLE_FORBIDDEN)(statement) : -1;
        if (at >= 0) return offset + at;
        offset += statement.length + 1;
      }
      return -1;
    },
    message: (q) => `Unerlaubtes Zeichen in einer Stilangabe (${q}): \`style\` und \`classDef\` enthalten nur Farben und Maße, etwa \`fill:#eef,stroke:#333,stroke-width:2px\`. Entfernen Sie Anführungszeichen, geschweifte Klammern, \`\\\`, \`/\` und \`@\`.`,
  },
];

function search(pattern: RegExp): (line: string) => number {
  return (line) => line.search(pattern);
}

/** Up to 30 characters from where the problem starts, like the other body messages. */
function quote(line: string, index: number): string {
  const part = line.slice(index, index + 30);
  return index + 30 < line.length ? `${part}…` : part;
}

export function checkMermaid(code: string): MermaidProblem[] {
  const lines = code.split(/\r?\n/);
  if (lines.length > MAX_DIAGRAM_LINES) {
    return [{line: MAX_DIAGRAM_LINES + 1, message: `Das Diagramm ist zu lang: höchstens ${MAX_DIAGRAM_LINES} Zeilen sind erlaubt, damit die Seite nicht hängt. Teilen Sie es in mehrere kleine Diagramme auf oder beschreiben Sie einen Teil als Liste.`}];
  }
  if (code.length > MAX_DIAGRAM_CHARS) {
    return [{line: 1, message: `Das Diagramm ist zu groß (${code.length.toLocaleString('de-DE')} Zeichen): höchstens ${MAX_DIAGRAM_CHARS.toLocaleString('de-DE')} sind erlaubt, damit die Seite nicht hängt. Kürzen Sie die Beschriftungen oder teilen Sie das Diagramm auf.`}];
  }
  const problems: MermaidProblem[] = [];
  const declaration = lines.findIndex((l) => l.trim() !== '' && !COMMENT.test(l));
  const wrongType = declaration === -1 || !DECLARATION.test(lines[declaration]);
  if (wrongType) problems.push({line: Math.max(declaration, 0) + 1, message: typeMessage(declaration === -1 ? '' : quote(lines[declaration].trim(), 0))});
  lines.forEach((line, i) => {
    if (wrongType && i === declaration) return;
    const rule = RULES.find((r) => r.find(line) >= 0);
    if (rule) problems.push({line: i + 1, message: rule.message(quote(line, rule.find(line)))});
  });
  return problems;
}
