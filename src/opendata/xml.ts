/**
 * Text and attribute values for the XML files the build writes (the RDF/XML catalogue, the change feed). Entries are contributor content: every value
 * is escaped, and characters XML 1.0 forbids outright (controls, lone surrogates, U+FFFE/FFFF),
 * which no escape can carry, are dropped rather than breaking the whole file for a harvester.
 */
import {escapeHtml} from '../offline/site-options.ts';

const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlEscape(value: string): string {
  return escapeHtml(value.replace(NOT_XML, ''));
}
