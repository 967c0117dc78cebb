/**
 * A plan typed with a full-width input method (２０２５年, １．, ３．５张): its numbering, dates,
 * targets and 文号 read as if written in ASCII digits, its text published as written.
 */
import { describe, expect, it } from 'vitest';
import { halfWidthDigits } from '../../../scripts/text/half-width.ts';
import { buildText } from '../../helpers/fixture-document.ts';
import { expectNothingLost } from '../../helpers/nothing-lost.ts';

describe('full-width digits', () => {
  it('map one for one, a full-width point between digits a decimal point', () => {
    expect(halfWidthDigits('２０２５年底前，床位达到３．５张/千人。１．建设')).toBe('2025年底前，床位达到3.5张/千人。1．建设');
  });

  it('number clauses, date deadlines, measure targets and name 文号 in a plan that writes them', () => {
    const text = ['某县县医院能力提升方案', '某政办发〔２０２３〕２５号', '', '一、重点任务', '（一）加强专科建设。到２０２５年底前，床位达到３．５张/千人，住院率达到９０％以上。', '１．建设胸痛中心。２０２４年６月３０日前建成。', '２．建设卒中中心。'].join('\n');
    const { document, clauses, lines } = buildText('fullwidth-2023.txt', text);
    expect(document.docNumber).toBe('某政办发〔2023〕25号');
    expect(clauses.map((c) => [c.id, c.marker])).toEqual([
      ['fullwidth-2023/1', '一、'],
      ['fullwidth-2023/1.1', '（一）'],
      ['fullwidth-2023/1.1.1', '１．'],
      ['fullwidth-2023/1.1.2', '２．'],
    ]);
    const specialty = clauses[1];
    expect(specialty.deadlines.map((d) => [d.text, d.end])).toEqual([['到２０２５年底前', '2025-12-31']]);
    expect(specialty.metrics.map((m) => [m.text, m.value, m.unit, m.per])).toEqual([['３．５张/千人', 3.5, '张', '千人'], ['９０％以上', 90, '%', null]]);
    expect(clauses[2].deadlines.map((d) => d.end)).toEqual(['2024-06-30']);
    expectNothingLost(document, clauses, lines);
  });
});
