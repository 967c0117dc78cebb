/**
 * Fields of the clauses attached parts add: a table row takes its units, deadlines and metrics
 * from the columns its header names; a members-list line names people, not a task, and the
 * unit in each post (县卫健局局长 → 县卫健局) is a member unit.
 */
import type { ClauseRecord, Deadline, Metric, Unit } from '../publish/schema.ts';
import { extractTimes } from './deadlines.ts';
import { extractMetrics, isMeasureUnit, tableMetric } from './metrics.ts';
import { normalForm } from '../text/normal-form.ts';
import { extractActors } from './actors.ts';
import { extractListedUnits, runTogetherNames, type UnitOptions } from './units.ts';
import { splitMarker } from './role-rules.ts';
import { extractTask } from './task.ts';
import { canonicalUnit, looksLikeUnit, PLACEHOLDER, withoutEtc } from './unit-names.ts';

type Fields = Pick<ClauseRecord, 'task' | 'units' | 'deadlines' | 'metrics'>;
type Column = ClauseRecord['cells'][number]['column'];

const unitRole: Partial<Record<Column, Unit['role']>> = { lead: 'lead', responsible: 'responsible', unit: 'responsible', cooperate: 'cooperate' };

const shift = <T extends { at: [number, number] }>(items: T[], by: number): T[] => items.map((item) => ({ ...item, at: [item.at[0] + by, item.at[1] + by] }));

/** A row: units from unit columns, everything else read from the task, deadline, metric and other cells. */
export function rowFields(clause: ClauseRecord, options: UnitOptions, dates: { year: number | null; issued: string | null; planYear: number | null; inContext: number | null }, above?: ClauseRecord): Fields {
  const units: Unit[] = [];
  // An empty cell of those who do the task under a merged one (部门 written once for several rows) keeps the row above's
  // units, as a span of no text; an empty 配合单位 is most often no cooperating unit at all.
  for (const [k, cell] of clause.cells.entries()) {
    if (cell.text || !unitRole[cell.column] || cell.column === 'cooperate' || above?.cells[k]?.header !== cell.header) continue;
    const inherited = above.units.filter((u) => u.at[0] >= above.cells[k].at[0] && u.at[1] <= above.cells[k].at[1]);
    units.push(...inherited.map((u) => ({ ...u, text: '', at: [cell.at[0], cell.at[0]] as [number, number] })));
  }
  const deadlines: Deadline[] = [];
  const metrics: Metric[] = [];
  /** The year of the row's 完成时限, for its targets whose own cell names none. */
  let rowYear: number | null = null;
  let level = options.level;
  for (const cell of clause.cells) {
    // an indicator table's 单位 column says the unit of measure (%, 张), no body
    const role = isMeasureUnit(cell.text) ? undefined : unitRole[cell.column];
    if (role) {
      // Names apart by 、，；/／ or by a space the cell's collapsed white space ran together (县卫体局县财政局);
      // not by a 、 in brackets (各县（市、区）人民政府).
      const written = [...cell.text.matchAll(/(?:[（(][^（）()]*[）)]|[^、，,；;\s/／（）()])+/g)].flatMap((piece) =>
        runTogetherNames(piece[0], options.table).map(([from, to]) => ({ text: piece[0].slice(from, to), at: piece.index! + from })),
      );
      // 县卫健局会同县财政局、县医保局 in a 责任单位 cell: the first leads, those after 会同 cooperate.
      const withDoer = role !== 'cooperate' ? partnerAt(cell.text, options) : -1;
      const cellStart = units.length;
      for (const piece of withDoer >= 0 ? written.flatMap((p) => atPartner(p, withDoer)) : written) {
        const roleHere = withDoer < 0 ? role : piece.at < withDoer ? 'lead' : 'cooperate';
        // 县卫健局（牵头） or 县卫健局牵头: a role said in the cell wins over the column's.
        const bracketed = /^(.+?)[（(](.+)[）)]$/.exec(piece.text);
        const marked = splitMarker(bracketed ? `${bracketed[1]}${bracketed[2]}` : piece.text);
        // a bracket that says no role is part of the name as written (各乡镇（街道）, 县总医院（县中医院）)
        const name = withoutEtc(bracketed ? (marked.role ? bracketed[1] : piece.text) : marked.name);
        // a unit that guides the doers (市卫健委（指导）) is none of them
        if (!name || PLACEHOLDER.test(name) || marked.role === 'guide') continue;
        const canonical = canonicalUnit(name, { level, county: options.county }, options.table);
        level = canonical.level ?? level;
        const start = cell.at[0] + piece.at;
        units.push({ name, canonical: canonical.canonical, kind: canonical.kind, role: marked.role ?? roleHere, text: name, at: [start, start + name.length] });
      }
      // 排名第一的为牵头单位 in force: a 责任单位 cell's first unit leads and the others take the rule's role,
      // as in an annotation; not where the cell or the row names a lead.
      if (options.rule && role === 'responsible' && withDoer < 0 && !units.some((u) => u.role === 'lead')) {
        const others = options.rule.others;
        units.splice(cellStart, Infinity, ...units.slice(cellStart).map((u, i) => (u.role !== 'responsible' ? u : { ...u, role: i === 0 ? ('lead' as const) : others })));
      }
      continue;
    }
    // A place (县（市、区） | 东湖县) says where, and names no unit, date or measure.
    if (cell.column === 'number' || cell.column === 'place' || !cell.text) continue;
    const bareYears = cell.column === 'deadline' && BARE_YEARS.test(cell.text);
    const times = extractTimes(bareYears ? `${cell.text}年` : cell.text, dates.year, dates.issued, dates.planYear, dates.inContext);
    const found = bareYears ? withinCell(times.deadlines, cell.text) : times.deadlines;
    // A 完成时限 cell says by when: 2025年6月 there is by 2025-06-30, not the month as a period.
    deadlines.push(...shift(cell.column === 'deadline' ? found.map((d) => completedBy(d, cell.text)) : found, cell.at[0]));
    if (cell.column === 'deadline') {
      rowYear ??= yearOf(found);
      continue;
    }
    const listed = extractListedUnits(cell.text, options);
    units.push(...shift(listed.units, cell.at[0]));
    if (cell.column === 'text') units.push(...shift(extractActors(cell.text, listed.annotations, times.said, [...units, ...listed.units], options.level, options.county, options.table), cell.at[0]));
    const measured = extractMetrics(cell.text, found, listed.annotations);
    // A bare value in a 指标 cell (不少于20名) measures the task of the row's nearest text cell before it (引进高层次人才).
    const taskBefore = cell.column === 'metric' ? clause.cells.filter((c) => c.column === 'text' && c.text && c.at[1] <= cell.at[0]).at(-1) : undefined;
    const named = taskBefore ? extractTask({ title: null, text: taskBefore.text }) || null : null;
    metrics.push(...shift(measured.map((m) => (m.indicator === null && named ? { ...m, indicator: named } : m)), cell.at[0]));
  }
  // An indicator table's row is a metric for each target, its parts in separate cells; what a cell alone gives (≥90) it replaces.
  for (const [k, metric] of metrics.entries()) if (metric.year === null && rowYear !== null) metrics[k] = { ...metric, year: rowYear };
  const fromTable = indicatorRowMetrics(clause, dates.year);
  const fromColumns = fromTable.length ? fromTable : columnMetrics(clause, rowYear);
  // the base or an earlier year's value (现状 32%) is no target of its own: the table's metric holds it as its baseline
  const latest = Math.max(...fromColumns.map((m) => m.year ?? -Infinity));
  const baseCells = clause.cells.filter((c) => BASE_HEADER.test(c.header) || Number(HEADER_YEAR.exec(c.header)?.[1] ?? Infinity) < latest);
  const outside = (m: Metric) => [...fromColumns, ...baseCells].every((t) => m.at[1] <= t.at[0] || m.at[0] >= t.at[1]);
  if (fromColumns.length) metrics.splice(0, metrics.length, ...metrics.filter(outside), ...fromColumns);
  const taskCell = clause.cells.find((c) => c.column === 'text');
  const task = taskCell ? extractTask({ title: null, text: taskCell.text }) : '';
  return { task, units: unique(units), deadlines, metrics };
}

/** Where the names after 会同 start in a unit cell (县卫健局会同县财政局), when a unit stands on each side; else -1. */
function partnerAt(cell: string, options: UnitOptions): number {
  const m = /^([^、，,；;\s/／]+?)会同([^、，,；;\s/／]+)/.exec(cell);
  return m && looksLikeUnit(m[1], options.table) && looksLikeUnit(withoutEtc(splitMarker(m[2]).name), options.table) ? m[1].length + 2 : -1;
}

/** A written piece cut at 会同 when it holds it: 县卫健局会同县财政局 → 县卫健局, 县财政局. */
function atPartner(piece: { text: string; at: number }, partner: number): { text: string; at: number }[] {
  const cut = partner - 2 - piece.at;
  if (cut <= 0 || piece.text.slice(cut, cut + 2) !== '会同') return [piece];
  return [{ text: piece.text.slice(0, cut), at: piece.at }, { text: piece.text.slice(cut + 2), at: partner }];
}

/** Headers of an indicator table (主要指标): the indicator's name, its base value, its target (2025年目标值, 2025年). */
const NAME_HEADER = /指标|项目/;
const BASE_HEADER = /基期|基线|基数|基准|现状/;
const TARGET_HEADER = /目标|^\d{4}年(底|末)?$/;

/**
 * The metrics of an indicator table's row: one for each target column (2024年 | 2025年 | 2026年, a target a year); a
 * year's column before the plan's own year (2020年 | 2025年 in a plan of 2021) is the base, as a 现状 column is.
 */
function indicatorRowMetrics(clause: ClauseRecord, documentYear: number | null): Metric[] {
  // headers read in one width, spaced digits joined (２０２５年, 2 0 2 5年 are 2025年)
  const filled = clause.cells.filter((c) => c.text).map((c) => ({ ...c, header: normalForm(c.header).replace(/\s+/g, '') }));
  const name = filled.find((c) => NAME_HEADER.test(c.header) && !/属性|类型|性质/.test(c.header));
  if (!name) return [];
  const yearOfHeader = (c: ClauseRecord['cells'][number]) => Number(/(\d{4})年/.exec(c.header)?.[1] ?? NaN);
  const past = (c: ClauseRecord['cells'][number]) => documentYear !== null && yearOfHeader(c) < documentYear && !/目标/.test(c.header);
  const targets = filled.filter((c) => TARGET_HEADER.test(c.header) && !BASE_HEADER.test(c.header) && c !== name && !past(c));
  const base = filled.find((c) => BASE_HEADER.test(c.header)) ?? filled.filter((c) => TARGET_HEADER.test(c.header) && past(c)).at(-1);
  const measure = filled.find((c) => c.column === 'unit' && isMeasureUnit(c.text));
  return targets.flatMap((target) => {
    const year = yearOfHeader(target);
    const metric = tableMetric(name.text, target.text, base?.text ?? null, Number.isNaN(year) ? null : year, measure?.text ?? null);
    return metric ? [{ text: target.text, ...metric, at: target.at }] : [];
  });
}

/** What a column's header says besides the measure: its year, and the words for a target or a base value. */
const HEADER_YEAR = /((?:19|20)\d{2})年(?:底|末)?/;
const VALUE_WORDS = /(?:目标值|目标|预期值|预期|指标值|指标|规划值|数值|基期值|基期|现状值|现状|基线值|基线)/g;

/**
 * Targets of columns whose header names what they measure (2025年床位数（张）, 床位数目标值（张）), as a city's table
 * of targets per county sets them out: a row's value there is that target, in the header's unit and year (else the
 * row's). Of columns naming one measure, a 基期/现状 one, or an earlier year's, gives the base of the latest.
 */
function columnMetrics(clause: ClauseRecord, rowYear: number | null): Metric[] {
  const named = clause.cells
    .filter((c) => c.text && (c.column === 'other' || c.column === 'metric'))
    .map((cell) => {
      const name = cell.header.replace(HEADER_YEAR, '').replace(VALUE_WORDS, '').replace(/\s/g, '');
      const year = HEADER_YEAR.exec(cell.header);
      return { cell, name, year: year ? Number(year[1]) : null, base: BASE_HEADER.test(cell.header) };
    })
    .filter(({ name }) => /[\u4e00-\u9fa5]{2}/.test(name.replace(/[（(][^（）()]*[）)]$/, '')));
  const metrics: Metric[] = [];
  for (const column of named) {
    const same = named.filter((other) => other.name === column.name);
    const latest = Math.max(...same.map((other) => other.year ?? -Infinity));
    if (column.base || (column.year ?? -Infinity) < latest) continue;
    const base = same.find((other) => other.base) ?? same.find((other) => (other.year ?? Infinity) < latest);
    const metric = tableMetric(column.name, column.cell.text, base?.cell.text ?? null, column.year ?? rowYear);
    if (metric) metrics.push({ text: column.cell.text, ...metric, at: column.cell.at });
  }
  return metrics;
}

const unique = (units: Unit[]) => units.filter((u, i) => units.findIndex((v) => v.canonical === u.canonical && v.role === u.role) === i);

/** Titles at the end of a post: 局长, 副主任, 主要负责人, 党组成员… */
const postTitle =
  /(?:常务)?副?(?:主要负责同志|主要负责人|分管负责同志|分管负责人|负责同志|负责人|党组书记|党组成员|党委书记|书记|局长|主任|院长|部长|县长|市长|区长|镇长|乡长|主席|秘书长|队长|所长|站长|行长|总经理|经理|董事长|理事长|会长|委员|调研员|专员|总监|科长|股长|处长)$/;

/** The unit a post belongs to (县卫健局局长 → 县卫健局), or null (县长, 分管副县长). */
export function unitOfPost(post: string): string | null {
  let unit = post;
  for (let m = postTitle.exec(unit); m && m.index > 0; m = postTitle.exec(unit)) unit = unit.slice(0, m.index);
  // A section of an agency (县卫健局医政股) belongs to the agency.
  const agency = unit.replace(/(?<=[局委办院部])[\u4e00-\u9fff]{1,6}?[股科处室]$/, '');
  if (agency !== unit && looksLikeUnit(agency)) unit = agency;
  return unit.length >= 2 && looksLikeUnit(unit) ? unit : null;
}

/** A members-list line: no task; the units of its posts, each a member unit. */
export function memberFields(clause: ClauseRecord, options: UnitOptions): Fields {
  const units: Unit[] = [];
  for (const member of clause.members) {
    if (!member.post) continue;
    let from = member.at[0];
    for (const post of member.post.split(/[、，,]/)) {
      const unit = unitOfPost(post);
      const start = unit ? clause.text.indexOf(unit, from) : -1;
      if (!unit || start === -1 || start >= member.at[1]) continue;
      const canonical = canonicalUnit(unit, { level: options.level, county: options.county }, options.table);
      units.push({ name: unit, canonical: canonical.canonical, kind: canonical.kind, role: 'member', text: unit, at: [start, start + unit.length] });
      from = start + unit.length;
    }
  }
  return { task: '', units: unique(units), deadlines: [], metrics: [] };
}

/** A year or years alone in a deadline column (年度 | 2023, 完成时限 | 2022—2023), as a table writes them without 年: read as with it. */
const BARE_YEARS = /^(?:19|20)\d{2}(?:[-—–~～至](?:19|20)\d{2})?$/;

/** Deadlines read from a cell with 年 put after it, their spans kept within the cell as written. */
const withinCell = (deadlines: Deadline[], cell: string): Deadline[] =>
  deadlines.map((d) => ({ ...d, text: cell.slice(d.at[0], Math.min(d.at[1], cell.length)), at: [d.at[0], Math.min(d.at[1], cell.length)] }));

/** A period in a deadline column is the time the task is done by: its end; not one said to be about (2025年前后). */
const completedBy = (deadline: Deadline, cell: string): Deadline =>
  deadline.kind === 'period' && deadline.end && !cell.startsWith('前后', deadline.at[1]) ? { ...deadline, kind: 'by', start: null } : deadline;

/** The year a cell's deadlines end in (or start, for one with no end), else null. */
function yearOf(deadlines: Deadline[]): number | null {
  const date = deadlines.map((d) => d.end ?? d.start).find(Boolean);
  return date ? Number(date.slice(0, 4)) : null;
}

/**
 * Spans of the lines of a clause's text that are the header of the table rows under it (序号 | 指标名称 | 2023年基数 |
 * 2024年目标值): their years name columns, not when anything is done.
 */
export function headerLines(text: string, headers: Set<string>): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const names = line.split(/\t|\s{2,}|[|｜]/).map((name) => name.trim()).filter(Boolean);
    if (names.length > 1 && names.every((name) => headers.has(name))) spans.push([start, start + line.length]);
    start += line.length + 1;
  }
  return spans;
}
