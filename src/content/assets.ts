/**
 * Files a contributor may add besides Markdown: images and PDFs that entries and posts link to.
 * Allowed by extension, size and content (the first bytes must match the extension), so a file
 * named `.png` cannot carry HTML, and an SVG (which browsers run as a document when opened
 * directly) may hold only drawing elements: no script, no event handlers, no outside references.
 */
export interface AssetKind {
  /** Largest file allowed, in bytes. */
  maxBytes: number;
  /** Shown as an image in a page (`![…](…)`); otherwise only linkable (`[…](…)`). */
  image: boolean;
  /** German name for messages. */
  label: string;
  /** The file's first bytes match its extension. */
  matches(bytes: Uint8Array): boolean;
}

const MiB = 1024 * 1024;
const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

const jpeg: AssetKind = {maxBytes: MiB, image: true, label: 'JPEG-Bild', matches: (b) => startsWith(b, 0xff, 0xd8, 0xff)};

export const ASSET_KINDS: Readonly<Record<string, AssetKind>> = {
  png: {maxBytes: MiB, image: true, label: 'PNG-Bild', matches: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)},
  jpg: jpeg,
  jpeg,
  gif: {maxBytes: MiB, image: true, label: 'GIF-Bild', matches: (b) => /^GIF8[79]a$/.test(ascii(b, 0, 6))},
  webp: {maxBytes: MiB, image: true, label: 'WebP-Bild', matches: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP'},
  svg: {maxBytes: 256 * 1024, image: true, label: 'SVG-Grafik', matches: (b) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(new TextDecoder().decode(b.subarray(0, 4096)).replace(/^\uFEFF/, ''))},
  pdf: {maxBytes: 5 * MiB, image: false, label: 'PDF-Dokument', matches: (b) => ascii(b, 0, 5) === '%PDF-'},
};

/** Folders whose files may be linked from entries and posts; files directly inside, no sub-folders. */
export const ASSET_FOLDERS = ['docs/assets', 'static/img'] as const;

export function assetKind(file: string): AssetKind | undefined {
  const ext = /\.([a-z0-9]+)$/.exec(file)?.[1];
  return ext && Object.hasOwn(ASSET_KINDS, ext) ? ASSET_KINDS[ext] : undefined;
}

export const ALLOWED_EXTENSIONS = Object.keys(ASSET_KINDS).map((e) => `.${e}`).join(', ');

/** SVG elements that draw; anything else (script, foreignObject, style, image, a, animate…) is refused. */
const SVG_ELEMENTS = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc', 'defs', 'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'symbol', 'use', 'metadata']);

/** Characters a `style` attribute needs for colours and sizes; `\\` (CSS escapes) and `&` (entities) hide a `url(`. */
const STYLE_VALUE = /^[\w\s#:;,.%()-]*$/;
/** A tag with its attributes; quoted values may contain `>`. */
const TAG = /<\s*\/?\s*([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * What is wrong with an SVG's content, or undefined. A tokenizer over tags, not an XML parser:
 * anything it does not understand (a DOCTYPE, an entity, CDATA, a processing instruction other
 * than the XML declaration, a `<` that starts no tag it can read, `&` or `\\` in an attribute) is
 * refused rather than interpreted.
 */
export function svgProblem(text: string): string | undefined {
  if (/<!(DOCTYPE|ENTITY|\[CDATA\[)/i.test(text)) return 'enthält eine DOCTYPE-, ENTITY- oder CDATA-Angabe';
  const body = text.replace(/^\uFEFF?\s*<\?xml\s[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  if (body.includes('<?')) return 'enthält eine Verarbeitungsanweisung (`<?…?>`)';
  let tags = 0;
  for (const tag of body.matchAll(TAG)) {
    tags++;
    const name = tag[1].toLowerCase();
    if (!SVG_ELEMENTS.has(name)) return `enthält das Element <${name}>, erlaubt sind nur Zeichenelemente wie <path>, <rect> oder <text>`;
    const attributes = tag[2].replace(/\/\s*$/, '');
    const known = [...attributes.matchAll(/\s*([^\s=/"']+)\s*=\s*("[^"]*"|'[^']*')/g)];
    if (known.map((a) => a[0]).join('').trim() !== attributes.trim()) return `hat im Element <${name}> Attribute, die nicht als name="wert" lesbar sind`;
    for (const attr of known) {
      const key = attr[1].toLowerCase();
      const value = attr[2].slice(1, -1);
      if (key.startsWith('on')) return `enthält das Ereignis-Attribut „${key}“`;
      if (/[&\\<]/.test(value)) return `enthält im Attribut „${key}“ ein Zeichen &, \\ oder <, das Inhalte verbergen kann`;
      if ((key === 'href' || key.endsWith(':href')) && !value.startsWith('#')) return 'verweist mit href auf etwas außerhalb der Grafik';
      if (/url\s*\(\s*['"]?(?!#)/i.test(value) || /@import|expression\s*\(/i.test(value)) return 'lädt mit url(…) oder @import etwas von außerhalb der Grafik';
      if (key === 'style' && !STYLE_VALUE.test(value)) return 'enthält im Attribut „style“ mehr als Farben und Maße';
    }
  }
  // Every `<` must have started a tag the loop read: anything else is a construct it does not know.
  if ((body.match(/</g) ?? []).length !== tags) return 'enthält ein `<`, das kein lesbares Element beginnt';
  return undefined;
}
