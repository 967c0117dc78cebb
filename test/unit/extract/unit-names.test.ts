import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALIAS_TABLE_PATH, canonicalUnit, countyLevel, documentLevel, readAliasTable, splitAlias } from '../../../scripts/extract/unit-names.ts';

const county = { level: '县', county: '偏关县' };

describe('canonical unit names (corpus/unit-aliases.yaml)', () => {
  it('各乡镇（街道）: the bracket adds a kind of place, no alias; the townships named together are township governments', () => {
    expect(splitAlias('各乡镇（街道）')).toEqual({ main: '各乡镇（街道）', alias: null });
    expect(canonicalUnit('各乡镇（街道）', county)).toMatchObject({ canonical: '各乡镇（街道）', kind: 'township-government' });
    expect(canonicalUnit('各乡镇', county)).toMatchObject({ canonical: '各乡镇', kind: 'township-government' });
    expect(splitAlias('县总医院（县中医院）')).toEqual({ main: '县总医院', alias: '县中医院' });
  });

  it('县卫健体局 abbreviates 县卫生健康和体育局 as 县卫体局 does; 县医疗保障服务中心 is of the medical-insurance kind', () => {
    expect(canonicalUnit('县卫健体局', county)).toMatchObject({ canonical: '县卫体局', kind: 'health-bureau' });
    expect(canonicalUnit('县医疗保障服务中心', county)).toMatchObject({ canonical: '县医疗保障服务中心', kind: 'medical-insurance-bureau' });
    expect(canonicalUnit('县医保中心', county)).toMatchObject({ kind: 'medical-insurance-bureau' });
  });

  it('a province’s agencies keep their level: 省卫生健康委 is 省卫健委 (was 县省卫生健康委), 省财政厅 stays', () => {
    const province = { level: '省', county: null };
    expect(canonicalUnit('省卫生健康委', province).canonical).toBe('省卫健委');
    expect(canonicalUnit('省卫生健康委', county).canonical).toBe('省卫健委');
    expect(canonicalUnit('省财政厅', province).canonical).toBe('省财政厅');
  });

  it('bare names take the document’s level: a county’s, a city’s (市), a province’s (省)', () => {
    expect(documentLevel({ province: null, city: null, county: '明溪县' })).toBe('县');
    expect(documentLevel({ province: '福建省', city: '三明市', county: '永安市' })).toBe('市');
    expect(documentLevel({ province: null, city: '某某市', county: null })).toBe('市');
    expect(documentLevel({ province: '某某省', city: null, county: null })).toBe('省');
    expect(documentLevel({ province: null, city: null, county: null })).toBe('县');
  });

  it('an agency under another place’s name is that place’s: 沛县卫生健康局 in a city’s plan is 沛县卫健局, not 市沛县卫生健康局', () => {
    const city = { level: '市', county: null };
    expect(canonicalUnit('沛县卫生健康局', city)).toMatchObject({ canonical: '沛县卫健局', kind: 'health-bureau' });
    expect(canonicalUnit('阳曲县卫生健康局', city).canonical).toBe('阳曲县卫健局');
    expect(canonicalUnit('太原市卫生健康委', county).canonical).toBe('太原市卫健委');
    // the document's own county, a one-character name too, is its level's; a bare name still takes the list's
    expect(canonicalUnit('沛县卫生健康局', { level: '县', county: '沛县' }).canonical).toBe('县卫健局');
    expect(canonicalUnit('卫生健康局', city).canonical).toBe('市卫健局');
    expect(canonicalUnit('各县卫生健康局', city).canonical).toBe('各县卫生健康局');
  });

  it('brackets inside a name are full width: 各县〔市、区〕卫生健康局 (the nested form) and 各县(市、区)… are 各县（市、区）卫生健康局', () => {
    const city = { level: '市', county: null };
    for (const name of ['各县〔市、区〕卫生健康局', '各县(市、区)卫生健康局']) expect(canonicalUnit(name, city).canonical).toBe('各县（市、区）卫生健康局');
  });

  it('县市场监管局 and 县市场监督管理局 are one agency', () => {
    expect(canonicalUnit('县市场监督管理局', county).canonical).toBe(canonicalUnit('县市场监管局', county).canonical);
  });

  it('县政府 and 县人民政府 are one government, at any level (市政府成立… in a county-level city)', () => {
    expect(canonicalUnit('县人民政府', county)).toMatchObject({ canonical: '县政府', kind: 'government' });
    expect(canonicalUnit('市政府', { level: '市', county: '偃师市' })).toMatchObject({ canonical: '市政府', kind: 'government' });
    expect(canonicalUnit('市人民政府', { level: '市', county: '偃师市' }).canonical).toBe('市政府');
  });

  it('县卫体局 and 县卫健局 keep their names but share the kind health-bureau', () => {
    const shanxi = canonicalUnit('县卫体局', county);
    const fujian = canonicalUnit('县卫健局', { level: '县', county: '明溪县' });
    expect([shanxi.canonical, fujian.canonical]).toEqual(['县卫体局', '县卫健局']);
    expect([shanxi.kind, fujian.kind]).toEqual(['health-bureau', 'health-bureau']);
  });

  it('full names map to their abbreviation', () => {
    expect(canonicalUnit('县人力资源和社会保障局', county).canonical).toBe('县人社局');
    expect(canonicalUnit('县医疗保障局', county).canonical).toBe('县医保局');
    expect(canonicalUnit('县委机构编制委员会办公室', county).canonical).toBe('县委编办');
  });

  it('matches the table on any level: 市卫健委 in a county-level city', () => {
    expect(canonicalUnit('市卫生健康委员会', { level: '市', county: '偃师市' })).toMatchObject({ canonical: '市卫健委', kind: 'health-bureau' });
    expect(countyLevel('偃师市')).toBe('市');
  });

  it('infers a kind by suffix pattern where the table has no entry', () => {
    expect(canonicalUnit('县档案局', county).kind).toBeNull();
    expect(canonicalUnit('县第二人民医院', county).kind).toBe('hospital');
    expect(canonicalUnit('盖洋镇人民政府', county).kind).toBe('township-government');
    expect(canonicalUnit('县医共体总院', county).kind).toBe('medical-group');
    expect(canonicalUnit('县卫生健康和体育局', county).canonical).toBe('县卫体局');
  });

  it('gives the full and the short name of an agency one canonical name (交通运输局, 退役军人事务局, 环境保护局)', () => {
    expect(['县交通运输局', '县交通局', '县退役军人事务局', '县退役军人局', '县环境保护局', '县环保局'].map((n) => canonicalUnit(n, county).canonical)).toEqual(['县交通局', '县交通局', '县退役军人局', '县退役军人局', '县环保局', '县环保局']);
    // a former name is an agency of its own, compared across counties by its kind
    expect(canonicalUnit('县环保局', county).kind).toBe(canonicalUnit('县生态环境局', county).kind);
  });

  it('tells an alias bracket from part of a name', () => {
    expect(splitAlias('县总医院（县中医院）')).toEqual({ main: '县总医院', alias: '县中医院' });
    expect(splitAlias('各乡（镇）人民政府')).toEqual({ main: '各乡（镇）人民政府', alias: null });
  });
});

describe('the alias table file', () => {
  it('a table that is not valid YAML or not in shape is reported by name and ignored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
    writeFileSync(join(dir, 'broken.yaml'), 'agencies: [\n');
    writeFileSync(join(dir, 'shape.yaml'), 'agencies:\n  - canonical: 县卫健局\nkinds:\n  - pattern: "局("\n    kind: bureau\n');
    expect(readAliasTable(join(dir, 'broken.yaml')).messages[0].message).toMatch(/not valid YAML/);
    const shape = readAliasTable(join(dir, 'shape.yaml')).messages[0].message;
    expect(shape).toMatch(/agencies\.0\.kind/);
    expect(shape).toMatch(/kinds\.0\.pattern: not a valid regular expression/);
  });

  it('the corpus table reads cleanly', () => {
    expect(readAliasTable(ALIAS_TABLE_PATH).messages).toEqual([]);
  });
});
