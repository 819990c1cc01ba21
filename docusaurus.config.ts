import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import praxisatlasPlugin from './src/plugins/praxisatlas';
import {createParseFrontMatter} from './src/plugins/frontmatter';
import {CHANGES_FEED_FILE, CHANGES_FEED_TITLE} from './src/plugins/static-files/changes-feed';
import remarkSafeHtml from './src/plugins/remark-safe-html';
import {buildDate} from './src/offline/date';
import {isOfflineBuild} from './src/offline/names';
import {TYPE_FOLDER} from './src/content/types';
import {briefPdfHref, downloadFooterItems, offlineBannerHtml, webAddress, type SiteVariant} from './src/offline/site-options';

/** Where the current web version lives (offline copies point readers here). */
const SITE_URL = process.env.PRAXISATLAS_URL ?? 'https://praxisatlas-neuzuwanderung.github.io';
const BASE_URL = process.env.PRAXISATLAS_BASE_URL ?? '/';

/**
 * The offline copy (`npm run build:offline`, PRAXISATLAS_OFFLINE=1) is this same site built with
 * the hash router: file:// has no server to map /katalog to a file. No second config file to drift;
 * everything offline-specific hangs on this switch.
 */
const OFFLINE = isOfflineBuild();
const VARIANT: SiteVariant = {offline: OFFLINE, webAddress: webAddress(SITE_URL, BASE_URL), date: buildDate(), baseUrl: BASE_URL};

const remarkPlugins = {beforeDefaultRemarkPlugins: [remarkSafeHtml]};

const config: Config = {
  title: 'Praxisatlas Neuzuwanderung',
  tagline: 'Wie Kommunen die Zuwanderung aus Südosteuropa gemeinsam gestalten – am Beispiel der Dortmunder Gesamtstrategie',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  // The hash router resolves assets relative to index.html; routes live after the `#`.
  baseUrl: OFFLINE ? '/' : BASE_URL,
  trailingSlash: false,

  future: OFFLINE ? {v4: true, experimental_router: 'hash'} : {v4: true},
  clientModules: ['./src/offline/print-links.ts', './src/offline/anchor-on-load.ts'],
  // The changes feed (written after the build, web only: feeds need web addresses), announced on every page.
  headTags: OFFLINE ? [] : [{tagName: 'link', attributes: {rel: 'alternate', type: 'application/atom+xml', title: CHANGES_FEED_TITLE, href: `${BASE_URL}${CHANGES_FEED_FILE}`}}],
  // Read by print-links.ts: printed links show the web address, also in the offline copy.
  // editorialEmail: where the entry assistant's „Per E-Mail an die Redaktion“ goes; empty until an operator sets one.
  customFields: {webAddress: VARIANT.webAddress, briefPdfHref: briefPdfHref(VARIANT), editorialEmail: process.env.PRAXISATLAS_REDAKTION_EMAIL ?? ''},

  onBrokenLinks: 'throw',
  // Anchors in entries and posts are checked by the validator (links.ts); a divergence in how ids are
  // made must not stop the build of accepted input.
  onBrokenAnchors: 'warn',
  onDuplicateRoutes: 'throw',

  i18n: {defaultLocale: 'de', locales: ['de'], localeConfigs: {de: {label: 'Deutsch', htmlLang: 'de-DE'}}},

  markdown: {
    // Every file is plain Markdown, never MDX, whatever its extension: contributed text must not run
    // code. (The gate refuses .mdx files; this is the second wall.)
    format: 'md',
    mermaid: true,
    hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'},
    parseFrontMatter: createParseFrontMatter(__dirname),
  },

  themes: ['@docusaurus/theme-mermaid'],
  plugins: [praxisatlasPlugin],

  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          // Only what the gate lists as entries (src/content/tree.ts): no sub-folders, no _category_ files.
          include: [`{${Object.values(TYPE_FOLDER).join(',')}}/*.md`],
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          breadcrumbs: true,
          ...remarkPlugins,
        },
        blog: {
          path: 'blog',
          include: ['*.md'],
          routeBasePath: 'blog',
          blogTitle: 'Neuigkeiten aus dem Praxisatlas',
          blogDescription: 'Neuigkeiten, Anleitungen und Zusammenfassungen aus dem Praxisatlas Neuzuwanderung',
          blogSidebarTitle: 'Neueste Beiträge',
          showReadingTime: true,
          feedOptions: {type: OFFLINE ? null : ['rss', 'atom'], title: 'Praxisatlas Neuzuwanderung', copyright: 'Texte: CC BY 4.0', language: 'de'},
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
          ...remarkPlugins,
        },
        pages: {...remarkPlugins},
        theme: {customCss: ['./src/css/custom.css', './src/css/print.css']},
        // Sitemap and feeds need real URLs per page; the hash router has none.
        ...(OFFLINE ? {sitemap: false as const} : {}),
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    metadata: [{name: 'keywords', content: 'Neuzuwanderung, EU2, Kommune, Sozialplanung, Dortmund, Vernetzung'}],
    colorMode: {respectPrefersColorScheme: true},
    ...(OFFLINE ? {announcementBar: {id: 'offline-copy', content: offlineBannerHtml(VARIANT), backgroundColor: '#eef2f7', textColor: '#1c1e21', isCloseable: false}} : {}),
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'Praxisatlas Neuzuwanderung',
      logo: {alt: '', src: 'img/logo.svg'},
      items: [
        {to: '/koordination/problemlagen-erkennen', label: 'Playbook', position: 'left', activeBaseRegex: '^/koordination/'},
        {to: '/szenarien/szenario-verantwortungsgemeinschaft', label: 'Szenarien', position: 'left', activeBaseRegex: '^/szenarien/'},
        {to: '/katalog?typ=praxis', label: 'Maßnahmen', position: 'left', activeBaseRegex: '^/(katalog|praxis/)'},
        {to: '/lektionen/empfehlungen-fuer-kommunen', label: 'Lektionen', position: 'left', activeBaseRegex: '^/lektionen/'},
        {to: '/blog', label: 'Blog', position: 'right'},
        // BITV 2.0 §4: explanations in plain language, reachable from every page.
        {to: '/einfache-sprache', label: 'Einfache Sprache', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Praxisatlas',
          items: [
            {label: 'Koordinations-Playbook', to: '/koordination/problemlagen-erkennen'},
            {label: 'Szenarien', to: '/szenarien/szenario-verantwortungsgemeinschaft'},
            {label: 'Maßnahmen', to: '/katalog'},
          ],
        },
        {
          title: 'Mehr',
          items: [
            {label: 'Tischvorlage', to: '/tischvorlage'},
            {label: 'Blog', to: '/blog'},
            {label: 'Glossar', to: '/glossar'},
            {label: 'Zahlen und Fakten', to: '/zahlen'},
            {label: 'Selbstcheck', to: '/selbstcheck'},
          ],
        },
        {
          title: 'Über den Atlas',
          items: [
            {label: 'Mitmachen', to: '/beitragen'},
            {label: 'Felder und Werte', to: '/felder'},
            {label: 'Belegstärke', to: '/evidenz'},
            {label: 'Prüfung fällig', to: '/pruefung-faellig'},
            {label: 'Offene Daten', to: '/daten'},
            {label: 'Lizenz', to: '/lizenz'},
            {label: 'Barrierefreiheit', to: '/barrierefreiheit'},
            {label: 'Einfache Sprache', to: '/einfache-sprache'},
            {label: 'Impressum', to: '/impressum'},
            {label: 'Datenschutz', to: '/datenschutz'},
          ],
        },
        {title: 'Mitnehmen', items: downloadFooterItems(VARIANT)},
      ],
      copyright: 'Texte: CC BY 4.0 · Code: MIT. Grundlage: Christiane Certa, „Möglichkeiten und Chancen guter Vernetzung am Beispiel der Dortmunder Gesamtstrategie“.',
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
    mermaid: {theme: {light: 'neutral', dark: 'dark'}, options: {securityLevel: 'strict'}},
  } satisfies Preset.ThemeConfig,
};

export default config;
