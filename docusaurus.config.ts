import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import praxisatlasPlugin from './src/plugins/praxisatlas';
import {createParseFrontMatter} from './src/plugins/frontmatter';
import remarkSafeHtml from './src/plugins/remark-safe-html';

/** Where the current web version lives (offline copies point readers here). */
const SITE_URL = process.env.PRAXISATLAS_URL ?? 'https://praxisatlas-neuzuwanderung.github.io';
const BASE_URL = process.env.PRAXISATLAS_BASE_URL ?? '/';

const remarkPlugins = {beforeDefaultRemarkPlugins: [remarkSafeHtml]};

const config: Config = {
  title: 'Praxisatlas Neuzuwanderung',
  tagline: 'Wie Kommunen die Zuwanderung aus Südosteuropa gemeinsam gestalten – am Beispiel der Dortmunder Gesamtstrategie',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: false,

  future: {v4: true},

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  i18n: {defaultLocale: 'de', locales: ['de'], localeConfigs: {de: {label: 'Deutsch', htmlLang: 'de-DE'}}},

  markdown: {
    // Entries are plain CommonMark (.md), never MDX: contributed text must not run code.
    format: 'detect',
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
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          breadcrumbs: true,
          ...remarkPlugins,
        },
        blog: {
          path: 'blog',
          routeBasePath: 'blog',
          blogTitle: 'Neuigkeiten aus dem Praxisatlas',
          blogDescription: 'Neuigkeiten, Anleitungen und Zusammenfassungen aus dem Praxisatlas Neuzuwanderung',
          blogSidebarTitle: 'Neueste Beiträge',
          showReadingTime: true,
          feedOptions: {type: ['rss', 'atom'], title: 'Praxisatlas Neuzuwanderung', copyright: 'Texte: CC BY 4.0', language: 'de'},
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
          ...remarkPlugins,
        },
        pages: {...remarkPlugins},
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    metadata: [{name: 'keywords', content: 'Neuzuwanderung, EU2, Kommune, Sozialplanung, Dortmund, Vernetzung'}],
    colorMode: {respectPrefersColorScheme: true},
    docs: {sidebar: {hideable: true}},
    navbar: {
      title: 'Praxisatlas Neuzuwanderung',
      logo: {alt: '', src: 'img/logo.svg'},
      items: [
        {to: '/koordination/problemlagen-erkennen', label: 'Playbook', position: 'left', activeBaseRegex: '^/koordination/'},
        {to: '/szenarien/szenario-verantwortungsgemeinschaft', label: 'Szenarien', position: 'left', activeBaseRegex: '^/szenarien/'},
        {to: '/katalog', label: 'Maßnahmen', position: 'left'},
        {to: '/lektionen/empfehlungen-fuer-kommunen', label: 'Lektionen', position: 'left', activeBaseRegex: '^/lektionen/'},
        {to: '/blog', label: 'Blog', position: 'right'},
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
          items: [{label: 'Blog', to: '/blog'}],
        },
      ],
      copyright: 'Texte: CC BY 4.0 · Code: MIT. Grundlage: Christiane Certa, „Möglichkeiten und Chancen guter Vernetzung am Beispiel der Dortmunder Gesamtstrategie“.',
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
    mermaid: {theme: {light: 'neutral', dark: 'dark'}},
  } satisfies Preset.ThemeConfig,
};

export default config;
