/** Where the gate finds the data files; each has a schema in schema.ts. */
export const BIBLIOGRAPHY_PATH = 'data/sources.yml';
export const GLOSSARY_PATH = 'data/glossary.yml';
export const SYNONYMS_PATH = 'data/synonyms.yml';
export const BLOG_AUTHORS_PATH = 'blog/authors.yml';
/** The only files allowed in data/. */
export const DATA_FILES: readonly string[] = [BIBLIOGRAPHY_PATH, GLOSSARY_PATH, SYNONYMS_PATH];
