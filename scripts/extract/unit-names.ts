/**
 * Canonical names and kinds of responsible units, from the researcher-editable
 * alias table corpus/unit-aliases.yaml (documented in docs/units.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Message } from '../messages.ts';
import { halfWidthDigits } from '../text/half-width.ts';

const aliasTableSchema = z.object({
  agencies: z.array(z.object({ canonical: z.string().min(1), kind: z.string().min(1), variants: z.array(z.string()).optional() })),
  kinds: z.array(
    z.object({
      pattern: z.string().refine((p) => {
        try {
          new RegExp(p);
          return true;
        } catch {
          return false;
        }
      }, 'not a valid regular expression'),
      kind: z.string().min(1),
    }),
  ),
});
type AliasTable = z.infer<typeof aliasTableSchema>;

/**
 * Placeholders that name no agency (各有关部门, 其他相关单位, 县直各有关部门), in an annotation, a table cell or the
 * prose alike; also opening a name read too long (各有关部门负责…).
 */
export const PLACEHOLDER = /^([县市区]直)?(其他|其余)?(各)?(相关|有关)?(部门|单位)$|^([县市区]直)?(各)?(相关|有关)(部门|单位)|^(各|相关|有关)[\u4e00-\u9fa5]{0,4}?(科室|股室|处室|部室)$/;

export const ALIAS_TABLE_PATH = fileURLToPath(new URL('../../corpus/unit-aliases.yaml', import.meta.url));

/** Administrative level characters that open a local agency name (县卫健局, 市医保局, 区财政局, 省财政厅). */
export const LEVELS = '县市区旗省';
/** Endings that make a bare name (人社局, 数字办) a government agency that inherits the list's level. */
const AGENCY_END = /(局|委|办|部|委员会|办公室|中心)$/;

export interface Lookup {
  /** bare name (level character removed) → canonical bare name and kind */
  byBare: Map<string, { canonical: string; kind: string }>;
  kinds: { pattern: RegExp; kind: string }[];
}

const dropLevel = (name: string) => (LEVELS.includes(name[0]) ? name.slice(1) : name);

export function buildLookup(table: AliasTable): Lookup {
  const byBare = new Map<string, { canonical: string; kind: string }>();
  for (const agency of table.agencies) {
    const value = { canonical: dropLevel(agency.canonical), kind: agency.kind };
    for (const name of [agency.canonical, ...(agency.variants ?? [])]) byBare.set(dropLevel(name), value);
  }
  return { byBare, kinds: table.kinds.map((k) => ({ pattern: new RegExp(k.pattern), kind: k.kind })) };
}

/**
 * The alias table, checked: a file that is not valid YAML or not in the table's shape is
 * reported by file (and line) and leaves names as written, so the build goes on.
 */
export function readAliasTable(file: string): { table: Lookup; messages: Message[] } {
  const name = relative(process.cwd(), file);
  const empty = { agencies: [], kinds: [] };
  if (!existsSync(file)) return { table: buildLookup(empty), messages: [{ file: name, line: null, message: 'no alias table: unit names stay as written' }] };
  try {
    const parsed = aliasTableSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (parsed.success) return { table: buildLookup(parsed.data), messages: [] };
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    return { table: buildLookup(empty), messages: [{ file: name, line: null, message: `alias table ignored: ${problems}` }] };
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
    return { table: buildLookup(empty), messages: [{ file: name, line, message: `alias table is not valid YAML: ${(error as Error).message.split('\n')[0]}` }] };
  }
}

/**
 * The alias table a corpus is read with: its own `unit-aliases.yaml`, else (a corpus built apart,
 * `--corpus DIR`, without one) the project's, which a message names — as link-concepts.yaml falls back.
 */
export function corpusAliasFile(file: string): { file: string; messages: Message[] } {
  if (existsSync(file) || !existsSync(ALIAS_TABLE_PATH)) return { file, messages: [] };
  const message = `no unit-aliases.yaml: unit names read with the project’s alias table (${relative(process.cwd(), ALIAS_TABLE_PATH)})`;
  return { file: ALIAS_TABLE_PATH, messages: [{ file: relative(process.cwd(), file), line: null, message }] };
}

let defaultLookup: Lookup | undefined;
/** The repository's table, for callers (tests, one-off scripts) that do not pass one. */
export function lookup(): Lookup {
  defaultLookup ??= readAliasTable(ALIAS_TABLE_PATH).table;
  return defaultLookup;
}

export interface NameContext {
  /** Level character a bare name inherits (the list's previous unit, else the county's). */
  level: string;
  /** The document's county (某某县), whose name may open a unit name (某某医保局). */
  county: string | null;
}

export interface UnitName {
  canonical: string;
  kind: string | null;
  /** Level character the name carries or inherited, for the next bare name in a list. */
  level: string | null;
}

/** Kinds of place a bracket adds to the places before it (各乡镇（街道）): part of the name, not another unit. */
const PLACE_KIND = /^(乡镇|街道|社区|乡|镇)$/;

/** A bracketed alias `县总医院（县中医院）`: the bracket holds a unit name, not a part of one (`各乡（镇）`, `各乡镇（街道）`). */
export function splitAlias(name: string, table: Lookup = lookup()): { main: string; alias: string | null } {
  const m = /^(.+?)[（(]([^（）()]{2,})[）)]$/.exec(name);
  if (m && looksLikeUnit(m[2], table) && !PLACE_KIND.test(m[2])) return { main: m[1], alias: m[2] };
  return { main: name, alias: null };
}

/** A listed name without the 等 that closes a list: 县医保局等 / 县医保局等部门 / 县医保局等相关单位 → 县医保局. */
export const withoutEtc = (name: string) => name.replace(/等(?:相关|有关)?(?:部门|单位)?$/, '');

/**
 * Whether a string reads as a unit name: known to the table or carrying a unit ending — not a phrase that
 * ends as one may (滞后的单位进行督办, the rest of a sentence a line break left alone: 的 or 进行 in it).
 */
export function looksLikeUnit(name: string, table: Lookup = lookup()): boolean {
  const n = name.replace(/\s/g, '');
  if (table.byBare.has(n) || table.byBare.has(dropLevel(n))) return true;
  return UNIT_ENDING.test(n) && !/的|进行/.test(n);
}

// 股: a bureau's section (医政医管股, 规划财务股), as a 工作要点 names who does each task
const UNIT_ENDING = /(局|委|办|部|股|委员会|办公室|中心|医院|卫生院|保健院|总院|分院|集团|医共体|政府|办事处|联合会|残联|乡镇|街道)$/;

const shortNames = new WeakMap<Lookup, RegExp | null>();
/**
 * The variants the alias table gives without a unit's ending (县财政 for 县财政局), level-prefixed, as a pattern:
 * written as a doer (县财政每年安排…) they name the agency, which no ending tells.
 */
export function shortAgencyNames(table: Lookup): RegExp | null {
  if (!shortNames.has(table)) {
    const bare = [...table.byBare.keys()].filter((n) => n.length >= 2 && !UNIT_ENDING.test(n)).sort((a, b) => b.length - a.length);
    shortNames.set(table, bare.length ? new RegExp(`[县市区旗](?:${bare.join('|')})`, 'g') : null);
  }
  return shortNames.get(table)!;
}

/**
 * A centre a plan builds (胸痛中心, 危重孕产妇救治中心) rather than an agency (县疾控中心, 市急救中心): a name
 * ending in 中心 with no place or level before it, unknown to the alias table. A line of such names under a
 * task lists what it builds, not who does it.
 */
export function isBuiltCentre(name: string, table: Lookup = lookup()): boolean {
  const n = name.replace(/\s/g, '');
  return n.endsWith('中心') && !table.byBare.has(n) && !table.byBare.has(dropLevel(n)) && !/[省市县区旗乡镇各]/.test(n.slice(0, -2));
}

/** Brackets inside a name as written in full width: 各县〔市、区〕 (the nested form) and 各县(市、区) are 各县（市、区）. */
const fullWidthBrackets = (name: string) => name.replace(/[〔(]/g, '（').replace(/[〕)]/g, '）');

export function canonicalUnit(name: string, context: NameContext, table: Lookup = lookup()): UnitName {
  // 自治县人民医院: an autonomous county names itself by its kind alone, as a county by its level (县人民医院); a medical
  // group its own parts by 集团 (集团总院, 集团医务部: 总院, 医务部), as a county its bodies by its place.
  // (digits in one width: 县１２０急救指挥中心 is 县120急救指挥中心)
  let n = fullWidthBrackets(splitAlias(halfWidthDigits(name.replace(/\s/g, '')), table).main).replace(/^自治(?=[县州旗])/, '').replace(/^集团(?=[\u4e00-\u9fa5]{2})/, '');
  let level: string | null = null;
  const stem = context.county?.replace(/[县市区旗]$/, '');
  // (a one-character stem only with its level character: 沛县卫生健康局 in 沛县's plan)
  if (stem && (stem.length >= 2 || n.startsWith(context.county!)) && n.startsWith(stem) && n.length > stem.length + 1) {
    // 某某医保局 / 某某县医保局: the county's own agency, written with its place name.
    n = n.slice(stem.length);
    if (!LEVELS.includes(n[0])) level = context.county!.at(-1)!;
  }
  const kindOf = (s: string) => table.kinds.find((k) => k.pattern.test(s))?.kind ?? null;
  const bareHit = table.byBare.get(n);
  if (bareHit) {
    // A name with no level (人社局, 市场监管局) belongs to the level of its list.
    level ??= context.level;
    return { canonical: level + bareHit.canonical, kind: bareHit.kind, level };
  }
  if (LEVELS.includes(n[0])) {
    const hit = table.byBare.get(n.slice(1));
    if (hit) return { canonical: n[0] + hit.canonical, kind: hit.kind, level: n[0] };
    return { canonical: n, kind: kindOf(n), level: n[0] };
  }
  // 沛县卫生健康局, 太原市卫健委: an agency under another place's name is that place's, not the list's level's.
  const placed = level ? null : /^([\u4e00-\u9fa5]{1,7}?[县市区旗])(.{2,})$/.exec(n);
  const placedHit = placed && !/^[各全本该]/.test(n) ? table.byBare.get(placed[2]) : undefined;
  if (placed && placedHit) return { canonical: placed[1] + placedHit.canonical, kind: placedHit.kind, level: null };
  if (!level && AGENCY_END.test(n) && !/^[各全本]/.test(n)) level = context.level;
  return { canonical: (level ?? '') + n, kind: kindOf(n), level };
}

/** The level character of a document's county (a county-level 某某市 → 市), 县 by default. */
export function countyLevel(county: string | null): string {
  const last = county?.at(-1);
  return last && LEVELS.includes(last) ? last : '县';
}

/**
 * The level a document's bare unit names (财政局, 卫生健康委) belong to: its county's, else 市 for a
 * city's plan and 省 for a province's; 县 when the document names no place (a national text).
 */
export function documentLevel(region: { province: string | null; city: string | null; county: string | null }): string {
  if (region.county || (!region.city && !region.province)) return countyLevel(region.county);
  return region.city ? '市' : '省';
}
