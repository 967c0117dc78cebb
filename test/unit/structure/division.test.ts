/** GB/T 2260 division codes: matched on the seed plans' places, tolerant of renamed places, filling what sidecars used to give. */
import { describe, expect, it } from 'vitest';
import { readTextSources } from '../../../scripts/ingest/read-corpus.ts';
import { structureDocument } from '../../../scripts/structure/index.ts';
import { matchDivision, placeStem } from '../../../scripts/structure/division.ts';
import { renamePlaces } from '../../../scripts/synth/transform.ts';

const sources = readTextSources('corpus');
/** A seed plan structured as if its sidecar were missing. */
const withoutSidecar = (id: string) => structureDocument({ ...sources.find((s) => s.id === id)!, sidecar: {} }).document;
const seed = (id: string) => structureDocument(sources.find((s) => s.id === id)!).document;

describe('division codes', () => {
  it('every county seed carries its code; the national plan none', () => {
    expect(Object.fromEntries(sources.map((s) => [s.id, seed(s.id).division]))).toEqual({
      'mingxi-2024': { code: '350421', name: '明溪县' },
      'national-qianxian-2021': null,
      'pianguan-2024': { code: '140932', name: '偏关县' },
      'xiangyuan-2023': { code: '140423', name: '襄垣县' },
      // 偃师市 became 偃师区 of 洛阳市 in 2021: matched by its stem within the province and city.
      'yanshi-2020': { code: '410307', name: '偃师区' },
    });
  });

  it('a county plan needs no sidecar for its province and city when the county name is unique', () => {
    for (const id of ['pianguan-2024', 'xiangyuan-2023', 'mingxi-2024']) {
      const withSidecar = seed(id);
      const bare = withoutSidecar(id);
      expect(bare.region).toEqual(withSidecar.region);
      expect(bare.division).toEqual(withSidecar.division);
      expect(bare.provenance['region.city']).toBe('division');
    }
  });

  it('a 市 the table knows only at county level (偃师市, now 偃师区) is a county plan of its city', () => {
    const yanshi = withoutSidecar('yanshi-2020');
    expect(yanshi.level).toBe('county');
    expect(yanshi.region).toEqual({ province: '河南省', city: '洛阳市', county: '偃师市' });
    expect(yanshi.provenance).toMatchObject({ level: 'division', 'region.city': 'division' });
  });

  it('a county name the place pattern misses, and a province guessed from the plan’s own 文号, come from the table', () => {
    // The seed text with its places renamed, as the synthetic corpus does, and no sidecar.
    const renamed = (id: string, to: { province: string; city: string; county: string }) => {
      const source = sources.find((s) => s.id === id)!;
      const text = renamePlaces(source.text, withoutSidecar(id).region, to);
      return structureDocument({ ...source, text, lines: text.split('\n'), sidecar: {} }).document;
    };
    const wuchuan = renamed('xiangyuan-2023', { province: '贵州省', city: '遵义市', county: '务川仡佬族苗族自治县' });
    expect(wuchuan.level).toBe('county');
    expect(wuchuan.region).toEqual({ province: '贵州省', city: '遵义市', county: '务川仡佬族苗族自治县' });
    expect(wuchuan.division).toEqual({ code: '520326', name: '务川仡佬族苗族自治县' });
    // 晋江市's own 文号 晋政… reads as Shanxi's; the table knows 晋江市 only in Fujian.
    const jinjiang = renamed('pianguan-2024', { province: '福建省', city: '泉州市', county: '晋江市' });
    expect(jinjiang.docNumber).toMatch(/^晋政/);
    expect(jinjiang.region).toEqual({ province: '福建省', city: '泉州市', county: '晋江市' });
    expect(jinjiang.provenance['region.province']).toBe('division');
  });

  it('a name in several places matches only where the province or city says which', () => {
    expect(matchDivision('county', { province: null, city: null, county: '朝阳区' })).toBeNull();
    expect(matchDivision('county', { province: '北京市', city: null, county: '朝阳区' })?.code).toBe('110105');
    expect(matchDivision('county', { province: '吉林省', city: '长春市', county: '朝阳区' })?.code).toBe('220104');
    expect(matchDivision('municipal', { province: null, city: '洛阳市', county: null })?.code).toBe('4103');
    expect(matchDivision('provincial', { province: '广西壮族自治区', city: null, county: null })?.code).toBe('45');
  });

  it('stems drop the level and the peoples of autonomous places, never below two characters', () => {
    expect(['襄垣县', '广西壮族自治区', '黔东南苗族侗族自治州', '长阳土家族自治县', '北京市', '内蒙古自治区', '沁县'].map(placeStem)).toEqual([
      '襄垣', '广西', '黔东南', '长阳', '北京', '内蒙古', '沁',
    ]);
  });
});
