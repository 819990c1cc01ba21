/**
 * Rules for the Markdown body. Contributed Markdown is untrusted: anything that could run script
 * in a reader's browser is an error, whatever the renderer would do with it.
 */
import type {Code, Html, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {checkMermaid, MAX_DIAGRAMS_PER_FILE} from './mermaid.ts';
import {PLACEHOLDER, POLICY} from './rules.ts';
import type {Problem} from './problem.ts';

const DANGEROUS_TAG = /<\s*\/?\s*(script|iframe|object|embed|frame|frameset|applet|meta|link|base|form|style|svg|math|template)\b/i;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
const BAD_PROTOCOL = /^(javascript|data|vbscript):/;
const ATTR_PROTOCOL = /(href|src|action|formaction|xlink:href|srcdoc)\s*=\s*["']?\s*(&#0*\d+;|&#x0*[0-9a-f]+;|[a-z])*?(javascript|data|vbscript)(:|&colon;)/i;
const MDX_STATEMENT = /^(import|export)\s+[\s\S]*?(from\s+['"]|=|\{|default\b|const\b|function\b)/;

/** `javascript:` in any case, with control characters or whitespace mixed in. */
export function isUnsafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return BAD_PROTOCOL.test(compact);
}

export interface BodyCheckContext {
  path: string;
  /** Body line n is file line n + offset. */
  offset: number;
}

export function checkBody(tree: Root, ctx: BodyCheckContext): Problem[] {
  const problems: Problem[] = [];
  const at = (node: {position?: {start: {line: number; column: number}}}, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({
      path: ctx.path,
      line: (node.position?.start.line ?? 1) + ctx.offset,
      column: node.position?.start.column ?? 1,
      field: 'body',
      message,
      severity,
    });

  let diagrams = 0;
  visit(tree, (node, _index, parent) => {
    if (node.type === 'html') {
      const value = (node as Html).value;
      if (/^<!--[\s\S]*-->\s*$/.test(value.trim()) && !/[<]\s*[a-z]/i.test(value.trim().slice(4, -3))) return;
      if (/^<!--/.test(value.trim())) {
        at(node, 'Ein HTML-Kommentar enthält HTML-Code. Kommentare werden nicht angezeigt; entfernen Sie den Kommentar samt Inhalt.');
      } else if (DANGEROUS_TAG.test(value) || EVENT_HANDLER.test(value) || ATTR_PROTOCOL.test(value)) {
        at(node, `Unsicheres HTML (${value.trim().slice(0, 30)}…): Skripte, eingebettete Seiten, Stile und Ereignis-Attribute wie \`onerror=\` sind in Einträgen verboten. Entfernen Sie das HTML und schreiben Sie reines Markdown.`);
      } else if (/^<\/?[A-Z]/.test(value.trim())) {
        at(node, `MDX/JSX-Komponente (${value.trim().slice(0, 30)}) gefunden. Einträge sind reines Markdown: entfernen Sie die Komponente und beschreiben Sie den Inhalt als Text, Liste oder Tabelle.`);
      } else {
        at(node, `HTML-Code (${value.trim().slice(0, 30)}) wird nicht dargestellt. Verwenden Sie Markdown: **fett**, *kursiv*, Listen mit „- “, Leerzeile statt <br>.`, POLICY.rawHtml);
      }
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as {url: string}).url;
      if (isUnsafeUrl(url)) at(node, `Unsicheres Linkziel „${url.slice(0, 40)}“: Links mit \`javascript:\`, \`data:\` oder \`vbscript:\` sind verboten. Verlinken Sie eine Webadresse (https://…) oder einen anderen Eintrag.`);
    } else if (node.type === 'code' && (node as Code).lang === 'mermaid') {
      diagrams += 1;
      if (diagrams === MAX_DIAGRAMS_PER_FILE + 1) at(node, `Zu viele Diagramme: höchstens ${MAX_DIAGRAMS_PER_FILE} pro Eintrag sind erlaubt, damit die Seite nicht hängt. Fassen Sie Diagramme zusammen oder beschreiben Sie Abläufe als Liste.`);
      // The fence is the node's first line; code line n is n lines below it.
      const fence = node.position?.start.line ?? 1;
      for (const p of checkMermaid((node as Code).value)) at({position: {start: {line: fence + p.line, column: 1}}}, p.message);
    } else if (node.type === 'paragraph' && parent === tree) {
      const text = (node as {children: {type: string; value?: string}[]}).children.map((c) => c.value ?? '').join('');
      if (MDX_STATEMENT.test(text)) at(node, 'MDX-Anweisung (`import`/`export`) gefunden. Einträge sind reines Markdown ohne Programmcode: entfernen Sie die Zeile.');
    } else if (node.type === 'text' && (node as {value: string}).value.includes(PLACEHOLDER)) {
      at(node, `Platzhaltertext „${PLACEHOLDER}“ ist noch nicht ersetzt. Schreiben Sie hier Ihren eigenen Text.`, POLICY.placeholder);
    }
  });
  return problems;
}
