/** Shipped size of a text: raw UTF-8 bytes and gzip (what a web server sends). Node only. */
import zlib from 'node:zlib';
import type {SearchIndexData} from '../../src/search/types';

export interface Sizes {
  raw: number;
  gzip: number;
}

export function textSizes(text: string): Sizes {
  const bytes = Buffer.from(text, 'utf8');
  return {raw: bytes.length, gzip: zlib.gzipSync(bytes).length};
}

export function searchIndexSizes(data: SearchIndexData): Sizes {
  return textSizes(JSON.stringify(data));
}
