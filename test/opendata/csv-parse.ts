/**
 * A small RFC 4180 reader for the tests, independent of the writer in src/opendata/csv.ts: a
 * quoted cell may hold the delimiter, line breaks and doubled quotes; rows end with CRLF.
 */
export function parseCsv(text: string, delimiter = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      if (cell !== '') throw new Error(`Anführungszeichen mitten in einer Zelle bei Zeichen ${i}`);
      quoted = true;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`Zeilenende ohne CRLF außerhalb von Anführungszeichen bei Zeichen ${i}`);
    } else cell += c;
  }
  if (quoted) throw new Error('Anführungszeichen nicht geschlossen');
  if (cell !== '' || row.length) throw new Error('Letzte Zeile ohne CRLF');
  return rows;
}
