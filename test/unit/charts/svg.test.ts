import { describe, expect, it } from 'vitest';
import { el, escapeXml, render, textWidth, truncate } from '../../../src/charts/svg.ts';
import { findAll, parseXml, textOf } from './xml.ts';

describe('escapeXml', () => {
  it('turns a script tag from a document into inert text', () => {
    expect(escapeXml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('escapes ampersands first, so existing entities stay literal', () => {
    expect(escapeXml('&lt; & \'')).toBe('&amp;lt; &amp; &#39;');
  });
});

describe('render', () => {
  it('escapes text children and attribute values, so the output parses back to the same text', () => {
    const hostile = '<script>alert(1)</script> & "quotes"';
    const markup = render(el('svg', { 'aria-label': hostile }, el('title', {}, hostile), el('text', {}, hostile)));
    expect(markup).not.toContain('<script>');
    const svg = parseXml(markup);
    expect(svg.attrs['aria-label']).toBe(hostile);
    expect(findAll(svg, { tag: 'script' })).toHaveLength(0);
    expect(textOf(findAll(svg, { tag: 'text' })[0])).toBe(hostile);
  });

  it('drops false and null attributes, rounds numbers, and flattens nested children', () => {
    const markup = render(el('g', { hidden: false, x: 1.23456, id: null }, [[el('rect', {})], null, 'a']));
    expect(markup).toBe('<g x="1.23"><rect/>a</g>');
  });
});

describe('labels', () => {
  it('truncates by characters, not UTF-16 units, and marks the cut', () => {
    expect(truncate('建设临床服务五大中心', 5)).toBe('建设临床…');
    expect(truncate('短', 5)).toBe('短');
  });

  it('counts CJK characters as one em and Latin as less', () => {
    expect(textWidth('中心', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBe(12);
  });
});
