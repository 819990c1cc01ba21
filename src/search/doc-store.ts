/**
 * Packing and unpacking the per-document data of the index (see StoredDocs): column by
 * column with lookup tables, which is what keeps it small next to the postings.
 */
import type {SearchDocType, StoredDoc, StoredDocs} from './types';

class Table<T> {
  readonly values: T[] = [];
  private readonly index = new Map<T, number>();
  id(v: T): number {
    let i = this.index.get(v);
    if (i === undefined) {
      i = this.values.push(v) - 1;
      this.index.set(v, i);
    }
    return i;
  }
}

export function packDocs(docs: readonly StoredDoc[]): StoredDocs {
  const types = new Table<SearchDocType>();
  const prefixes = new Table<string>();
  const fieldNames = new Table<string>();
  return {
    id: docs.map((d) => d.id),
    type: docs.map((d) => types.id(d.type)),
    title: docs.map((d) => d.title),
    url: docs.map((d) => (d.url.endsWith(d.id) && d.url.length > d.id.length ? prefixes.id(d.url.slice(0, -d.id.length)) : d.url)),
    description: docs.map((d) => d.description),
    fields: docs.map((d) => d.fields.map((f) => fieldNames.id(f))),
    text: docs.map((d) => d.text),
    typeNames: types.values,
    urlPrefixes: prefixes.values,
    fieldNames: fieldNames.values,
  };
}

/** Tolerates ragged or missing columns (a hand-edited or truncated file): missing values become empty. */
export function unpackDocs(s: StoredDocs): StoredDoc[] {
  const ids = Array.isArray(s.id) ? s.id : [];
  return ids.map((rawId, i) => {
    const id = String(rawId);
    const url = s.url?.[i];
    return {
      id,
      type: s.typeNames?.[s.type?.[i] ?? -1] ?? 'kontext',
      title: String(s.title?.[i] ?? id),
      url: typeof url === 'number' ? `${s.urlPrefixes?.[url] ?? '/'}${id}` : String(url ?? ''),
      description: String(s.description?.[i] ?? ''),
      fields: (s.fields?.[i] ?? []).map((f) => s.fieldNames?.[f]).filter((f): f is string => typeof f === 'string'),
      text: String(s.text?.[i] ?? ''),
    };
  });
}
