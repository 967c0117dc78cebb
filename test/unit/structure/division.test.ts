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

  it('a 省直辖县级市 is a county of its province; a zone named after one (济源示范区) is that county', () => {
    const body = ['一、总体目标', '到2026年，全区县级医院综合能力全面提升。', '二、重点任务', '（一）加强专科建设。2024年底前建成胸痛中心。'];
    const plan = (issuer: string, title: string) => {
      const lines = [issuer, `关于印发${title}的通知`, '各镇人民政府、街道办事处：', `现将《${title}》印发给你们。`, issuer, '2023年12月20日', title, ...body];
      return structureDocument({ ...sources[0], id: 'x', text: lines.join('\n'), lines, sidecar: {} }).document;
    };
    const jiyuan = plan('济源产城融合示范区卫生健康委员会', '济源示范区县级医院综合能力提升三年行动计划');
    expect(jiyuan.division).toEqual({ code: '419001', name: '济源市' });
    expect(jiyuan.region).toEqual({ province: '河南省', city: null, county: '济源市' });
    // a zone's longer name (平潭综合实验区) is read as a place too
    expect(plan('平潭综合实验区社会事业局', '平潭综合实验区县级医院能力提升方案')).toMatchObject({ level: 'county', region: { province: '福建省', city: '福州市', county: '平潭县' }, division: { code: '350128', name: '平潭县' } });
    expect(plan('仙桃市人民政府办公室', '仙桃市推进“千县工程”实施方案').division).toEqual({ code: '429004', name: '仙桃市' });
    expect(plan('石河子市卫生健康委员会', '石河子市县级医院能力提升方案').division).toEqual({ code: '659001', name: '石河子市' });
    // a zone no county's name begins: no division guessed
    expect(plan('某某新区卫生健康局', '某某新区县级医院能力提升方案').division).toBeNull();
  });

  it('a county-level 市 written after its prefecture (凉山彝族自治州会理市) is a county plan of that city', () => {
    const plan = (issuer: string) => {
      const lines = [issuer, '关于印发县级医院综合能力提升实施方案的通知', '各乡镇卫生院：', '现印发给你们。', issuer, '2024年3月1日', '一、总体目标', '到2025年，县级医院能力提升。'];
      return structureDocument({ ...sources[0], id: 'x', text: lines.join('\n'), lines, sidecar: {} }).document;
    };
    const huili = plan('四川省凉山彝族自治州会理市卫生健康局');
    expect(huili).toMatchObject({ level: 'county', region: { province: '四川省', city: '凉山彝族自治州', county: '会理市' }, division: { code: '513402', name: '会理市' } });
    expect(plan('苏州市昆山市卫生健康委员会')).toMatchObject({ level: 'county', region: { city: '苏州市', county: '昆山市' } });
    // the city's own plan stays the city's
    expect(plan('苏州市卫生健康委员会')).toMatchObject({ level: 'municipal', division: { code: '3205', name: '苏州市' } });
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
