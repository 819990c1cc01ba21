/**
 * Mermaid diagrams by allowlist: every refusal rule on its own, at the line it concerns, and the
 * shapes the atlas really draws, which must pass.
 */
import {describe, expect, it} from 'vitest';
import {checkMermaid, MAX_DIAGRAM_CHARS, MAX_DIAGRAM_LINES} from '../../src/content/mermaid';

const check = (...lines: string[]) => checkMermaid(lines.join('\n'));
/** Line numbers of the problems, and a word from each message to tell the rules apart. */
const found = (...lines: string[]) => check(...lines).map((p) => p.line);
const rule = (line: string) => {
  const problems = check('flowchart LR', line);
  expect(problems.map((p) => p.line)).toEqual([2]);
  return problems[0].message;
};

describe('checkMermaid: diagram type', () => {
  it.each(['flowchart TD', 'flowchart LR', 'flowchart TB', 'flowchart BT', 'flowchart RL', 'flowchart', 'graph TD', 'graph LR;', '  flowchart TD  '])('allows %j', (first) => {
    expect(check(first, '  A --> B')).toEqual([]);
  });

  it('skips empty lines and %% comments before the declaration', () => {
    expect(check('', '%% Ablauf der Beratung', 'flowchart TD', '  A --> B')).toEqual([]);
  });

  it.each([
    ['sequenceDiagram', 1],
    ['classDiagram', 1],
    ['flowchart-elk TD', 1],
    ['Flowchart TD', 1],
    ['flowchart XY', 1],
    ['graph TD A --> B', 1],
    ['A --> B', 1],
  ])('refuses %j as the first line', (first, line) => {
    const problems = check(first, '  A --> B');
    expect(problems.map((p) => p.line)).toEqual([line]);
    expect(problems[0].message).toContain('`flowchart` oder `graph`');
  });

  it('refuses a --- config block before the declaration, and its settings', () => {
    const problems = check('---', 'config:', '  themeCSS: ".node rect { fill: red }"', '---', 'flowchart LR', '  A --> B');
    expect(problems.map((p) => p.line)).toEqual([1, 3]);
    expect(problems[0].message).toContain('Diagrammart „---“');
    expect(problems[1].message).toContain('themeCSS');
  });

  it('refuses a directive as the first line once, as the wrong type', () => {
    const problems = check('%%{init: {"theme": "forest"}}%%', 'flowchart LR', '  A --> B');
    expect(problems.map((p) => p.line)).toEqual([1]);
    expect(problems[0].message).toContain('`flowchart` oder `graph`');
  });

  it('refuses an empty diagram', () => {
    expect(found('')).toEqual([1]);
    expect(found('%% nur ein Kommentar', '')).toEqual([1]);
  });

  it('keeps checking the other lines of a wrong type', () => {
    expect(found('sequenceDiagram', '  A->>B: Hallo', '  link A: Seite @ https://example.org')).toEqual([1, 3]);
  });
});

describe('checkMermaid: refused anywhere on a line', () => {
  it.each([
    '  A --> B %%{init: {"theme": "dark"}}%%',
    '%% {init: {}}%%',
    '  A["Text %%{ init }%%"]',
  ])('directive %j', (line) => {
    expect(rule(line)).toContain('%%{init}%%');
  });

  it.each(['click', 'href', 'call', 'callback', 'link', 'links', 'LINK', 'Links', 'Click'])('interaction word %j, also inside a label', (w) => {
    expect(rule(`  A["Text ${w} mehr"] --> B`)).toContain('Klick-Aktionen und Links');
    expect(rule(`  ${w} A "https://example.org"`)).toContain('Klick-Aktionen und Links');
  });

  it('only as whole words: longer German words pass', () => {
    expect(check('flowchart LR', '  A["Linkshänder, linksäugig, Callcenter, clicken, Hrefs"] --> B', '  linkStyle 0 stroke:#333')).toEqual([]);
  });

  it.each(['  C@{ img: "https://example.org/x.png" }', '  C@{ icon: "fa:user", form: "square" }', '  C @ { label: "x" }', '  A --> B@{ shape: rect }'])('shape data %j', (line) => {
    expect(rule(line)).toContain('@{ … }');
  });

  it.each(['  style A fill:url(https://example.org/x.png)', '  classDef k fill:URL (https://example.org)', '  A["url(x)"]'])('url( %j', (line) => {
    expect(rule(line)).toContain('url(…)');
  });

  it.each(['themeCSS', 'themeVariables', 'fontFamily', 'securityLevel', 'htmlLabels', 'themecss'])('settings word %j', (w) => {
    expect(rule(`  A["${w}"] --> B`)).toContain('Diagramm-Einstellungen');
  });

  it.each(['  A["<img src=x>"]', '  A["<b>fett</b>"]', '  A["</div>"]', '  A["< img src=x>"]', '  A["<!-- x -->"]', '  A["<<img src=https://example.org/x.png>>"]'])('HTML %j', (line) => {
    expect(rule(line)).toContain('HTML in einem Diagramm');
  });

  it('allows <br> and the annotation syntax <<name>>, and entity codes', () => {
    expect(check('flowchart LR', '  A["eins<br>zwei<br/>drei<br />vier"] --> B["<<Dienst>>"]', '  B --> C["#60;script#62; &lt;b&gt;"]', '  C <--> D', '  D <-- E')).toEqual([]);
  });

  it.each(['javascript:', 'JavaScript :', 'data:', 'vbscript:'])('protocol %j', (p) => {
    expect(rule(`  A["${p}alert(1)"] --> B`)).toContain('Unsichere Adresse');
  });

  it.each(['  style A fill:"red"', '  classDef k fill:#f00} .x{color:red', "  classDef k background:image-set('https://example.org' 1x)", '  A --> B; style A fill:"red"'])('style value %j', (line) => {
    expect(rule(line)).toContain('Stilangabe');
  });

  it.each(['  style A fill:u\\72 l(x)', '  A["a \\ b"]'])('backslash %j (CSS escapes spell url( without its letters)', (line) => {
    expect(rule(line)).toContain('Rückstriche');
  });

  it('reports one problem per line, the first rule it breaks', () => {
    const problems = check('flowchart LR', '  A["<img src=x>"] --> B %%{init: {}}%%', '  click A "javascript:alert(1)"');
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
    expect(problems[0].message).toContain('%%{init}%%');
    expect(problems[1].message).toContain('Klick-Aktionen');
  });

  it('quotes at most 30 characters of the line, from the problem on', () => {
    const message = rule(`  A --> B %%{init: {"themeCSS": "${'x'.repeat(100)}"}}%%`);
    expect(message).toContain(`(${'%%{init: {"themeCSS": "'.padEnd(30, 'x')}…)`);
  });
});

describe('checkMermaid: size', () => {
  const edges = (n: number) => Array.from({length: n}, (_, i) => `  N${i} --> N${i + 1}`);

  it(`allows ${MAX_DIAGRAM_LINES} lines`, () => {
    expect(check('flowchart TD', ...edges(MAX_DIAGRAM_LINES - 1))).toEqual([]);
  });

  it('reports once, at the first line over the limit, and stops', () => {
    const problems = check('flowchart TD', ...edges(MAX_DIAGRAM_LINES), '  click N1 "javascript:alert(1)"');
    expect(problems.map((p) => p.line)).toEqual([MAX_DIAGRAM_LINES + 1]);
    expect(problems[0].message).toContain('zu lang');
  });

  it('reports too many characters once, at line 1', () => {
    const label = 'Beratung '.repeat(60);
    const lines = ['flowchart TD', ...Array.from({length: 20}, (_, i) => `  N${i}["${label}"] --> N${i + 1}`), '  click N1 call alert(1)'];
    expect(lines.join('\n').length).toBeGreaterThan(MAX_DIAGRAM_CHARS);
    const problems = check(...lines);
    expect(problems.map((p) => p.line)).toEqual([1]);
    expect(problems[0].message).toContain('zu groß');
  });
});

describe('checkMermaid: what the atlas draws', () => {
  it('allows the shapes of real content', () => {
    const diagram = [
      'flowchart TD',
      '  subgraph GS["Dortmunder Gesamtstrategie"]',
      '    VV["Lenkung: Verwaltungsvorstand"] --> AK["Steuerung: AK Prozesssteuerung, mit FH Dortmund"]',
      '    AK --> PK(Prozesskoordinierung) --> E{Entscheidung?}',
      '    E -->|ja| K((Kreis))',
      '  end',
      '  GS -.->|"regelmäßige Berichte"| POL["Politische Gremien"]',
      '  T["Koordinierungsteam: freie Träger und Verwaltung"] -.-> F1',
      '  P <-->|"Austausch"| F1',
      '  A --- B',
      '  S4["4. Gemeinsame Positionierung (2011–2012)"]',
      '  A["Sprachförderung<br>Qualifizierung<br/>Arbeit"]',
      '  classDef wichtig fill:#fde,stroke:#333,stroke-width:2px,color:rgb(20, 20, 20)',
      '  class A,B wichtig',
      '  style POL fill:#eef,stroke-dasharray: 5 5',
      '  linkStyle 0 stroke:#f66;',
    ];
    expect(checkMermaid(diagram.join('\n'))).toEqual([]);
  });
});
