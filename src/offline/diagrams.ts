/**
 * How many diagrams an entry's page draws: its fenced `mermaid` blocks. The page renders them
 * after the text with no trace before, so the PDF waits for this many instead of guessing
 * from a quiet moment (which a slow CI machine can stretch).
 */
export function countDiagrams(markdown: string): number {
  return markdown.match(/^ {0,3}(```|~~~)\s*mermaid\s*$/gm)?.length ?? 0;
}
