import { readFileSync } from 'node:fs';
import { fy2024, programmeOf } from '@smesec/programme';
import { readInstruments } from '@smesec/survey';
import { describe, expect, test } from 'vitest';
import { analyse } from '../analysis/analyse.js';
import { toFigures } from '../figures/figure-ids.js';
import { buildReportModel } from '../model/build-report-model.js';
import { DEFAULT_TEMPLATE } from './default-template.js';
import { buildDocument, formatFigure, TemplateError } from './report-document.js';

const root = new URL('../../../../', import.meta.url).pathname;
const inputs = new Map(fy2024.instruments.map((cb) => [cb.id, { bytes: readFileSync(`${root}data/fy2024/${cb.id}.csv`), file: `${cb.id}.csv` }]));
const results = analyse(readInstruments(inputs, { codebooks: fy2024 }), { programme: programmeOf(fy2024) });
const figures = toFigures(results);
const model = buildReportModel(results, { figures, year: '令和6年度' });

/** The problems of a template, one line each ([] when it builds). */
function problems(template: string): string[] {
  try {
    buildDocument(template, model, { figures });
    return [];
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return [...e.problems];
  }
}

describe('the report template', () => {
  test('numbers as the dashboard formats them; decimals can be set', () => {
    expect(formatFigure('experts.n', 1234)).toBe('1,234');
    expect(formatFigure('experts.ability.S5.solo.pct', 29.8319)).toBe('29.8');
    expect(formatFigure('experts.ability.S5.solo.pct', 29.8319, 0)).toBe('30');
  });

  test('headings make sections with their ids; text is filled in; a fenced figure block places a figure with its note', () => {
    const doc = buildDocument(
      ['# {{year}} のまとめ', '', '前書き <b>太字ではない</b>', '', '## 専門家 {#experts}', '', '有効回答 {{experts.n}} 件、最も多い資格は{{top:experts-qualifications}}。', '', '```figure experts-ability', '{{experts.ability.S5.solo.pct:0}}% が単独で対応できます。', '```', '', '```figure key-numbers', '```'].join('\n'),
      model,
      { figures },
    );
    expect(doc.title).toBe('令和6年度 のまとめ');
    expect(doc.intro).toBe('<p>前書き &lt;b&gt;太字ではない&lt;/b&gt;</p>\n');
    expect(doc.sections.map((s) => [s.id, s.title, s.blocks.map((b) => b.kind)])).toEqual([['experts', '専門家', ['html', 'figure', 'special']]]);
    const [text, fig] = doc.sections[0]!.blocks;
    expect(text?.kind === 'html' && text.html).toMatch(/^<p>有効回答 221 件、最も多い資格は「[^」]+」（\d+\.\d%）。<\/p>\n$/);
    expect(fig?.kind === 'figure' && fig.figure.note).toBe(`${Math.round(figures['experts.ability.S5.solo.pct']!)}% が単独で対応できます。`);
  });

  test('unknown figure ids in text and in directives are reported with their lines, all at once', () => {
    expect(problems(['## A {#a}', '', 'n は {{experts.nn}} 件', '', '```figure experts-abilty', '```', '', '```figure experts-ability', '注 {{nope.pct:1}}', '```'].join('\n'))).toEqual([
      'report.md:3: {{experts.nn}}: unknown figure id experts.nn (not in figures.json)',
      expect.stringMatching(/^report\.md:5: unknown figure "experts-abilty"; expected one of: funnel, experts-affiliation, /),
      'report.md:9: {{nope.pct:1}}: unknown figure id nope.pct (not in figures.json)',
    ]);
  });

  test('the built-in template places every figure of the model and states no FY2024 fact', () => {
    const doc = buildDocument(DEFAULT_TEMPLATE, model, { figures });
    const placed = doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'figure' ? [b.figure.id] : [])));
    expect(placed.sort()).toEqual([model.funnel, ...model.sections.flatMap((s) => s.figures)].map((f) => f.id).sort());
    for (const fact of ['800', '152', '大阪・名古屋・埼玉', '辞退']) expect(DEFAULT_TEMPLATE).not.toContain(fact);
  });
});
