/**
 * The extract stage: fills each clause's task, units, deadlines and metrics from its text.
 * Rules are general (no document-specific keys); see docs/units.md for the unit rules.
 */
import type { ClauseRecord, DocumentRecord } from '../publish/schema.ts';
import { readProse, withProseRoles } from './actors.ts';
import { extractTimes } from './deadlines.ts';
import { extractMetrics } from './metrics.ts';
import { findDocumentRule } from './role-rules.ts';
import { extractTask } from './task.ts';
import { contextYears, planYear } from './context-year.ts';
import { documentLevel, lookup, type Lookup } from './unit-names.ts';
import { extractListedUnits } from './units.ts';
import { headerLines, memberFields, rowFields } from './parts.ts';
import { MERGES_REPEATED } from '../ingest/formats/merged-cells.ts';
import { documentKind } from '../structure/metadata.ts';
import { compact, originalSpan } from './compact.ts';

/** A report of work done (…工作总结, …情况报告, …中期评估报告) rather than a plan. */
const REPORT = /(?:总结|情况报告|情况的报告|评估报告|自评报告)$/;
/** The part of a report that plans what comes next (三、下一步工作打算, 2024年工作计划). */
const PLANS_AHEAD = /下一步|打算|工作计划|工作思路|工作重点/;

/** A part that says how things stand (一、问题清单, 存在问题, 基本情况, 工作基础, 工作进展): what it names is, and nobody is set to do it. */
const STATE_OF_THINGS = /^(?:(?:主要|存在的?|突出)问题|问题清单|(?:发展)?现状|基本情况|(?:工作|发展|现实)基础|(?:工作)?进展(?:情况)?|(?:主要|取得的?)?成效|工作回顾)$/;

export function extractFields(document: DocumentRecord, clauses: ClauseRecord[], table: Lookup = lookup()): ClauseRecord[] {
  const fields = clauseFields(document, clauses, table);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const under = (test: RegExp) => (c: ClauseRecord | undefined): boolean => !!c && (test.test(c.title ?? '') || under(test)(byId.get(c.parent ?? '')));
  const stateOfThings = under(STATE_OF_THINGS);
  const plansAhead = under(PLANS_AHEAD);
  const report = REPORT.test(document.title ?? '');
  return fields.map((c) => {
    // Figures, dates and doers in a statement of how things stand are no targets, deadlines or actors.
    if (stateOfThings(c)) return { ...c, deadlines: [], metrics: [], units: c.units.filter((u) => u.role !== 'actor') };
    // A report's figures and dates say what was done, not targets or deadlines, but where it plans what comes next.
    return report && !plansAhead(c) ? { ...c, deadlines: [], metrics: [] } : c;
  });
}

/**
 * The title an attached plan opens with (附件1 永春县…实施方案（2023—2025年）): its years are the plan's period, as the
 * document's own title's are, not a deadline of the clause.
 */
function partTitle(clause: ClauseRecord): [number, number][] {
  const isPartHead = clause.part !== null && clause.id.endsWith(`/${clause.part}`);
  if (!isPartHead || !clause.title || !documentKind.test(clause.title)) return [];
  if (clause.bodyStart > 0) return [[0, clause.bodyStart]];
  // A title the page width ran into the paragraph after it has no body start of its own: where the text says it.
  const view = compact(clause.text);
  const title = compact(clause.title).text;
  return view.text.startsWith(title) ? [originalSpan(view, 0, title.length)] : [];
}

function clauseFields(document: DocumentRecord, clauses: ClauseRecord[], table: Lookup): ClauseRecord[] {
  const county = document.region.county;
  const level = documentLevel(document.region);
  const documentYear = document.date ? Number(document.date.slice(0, 4)) : null;
  const plan = planYear(document);
  const yearOf = contextYears(clauses, plan);
  /** The column headers of the table rows under each clause. */
  const headersUnder = new Map<string, Set<string>>();
  for (const c of clauses) if (c.parent && c.cells?.length) headersUnder.set(c.parent, new Set([...(headersUnder.get(c.parent) ?? []), ...c.cells.map((cell) => cell.header)]));
  // A first-unit-leads rule holds from where it is stated to the end of the document.
  let rule = findDocumentRule(document.preamble);
  let row: ClauseRecord | undefined;
  return clauses.map((clause) => {
    rule = findDocumentRule(clause.text) ?? rule;
    // Table rows and members lists (attached parts) read their fields by column and post.
    if (clause.cells?.length) {
      // A reader that repeats a merged cell in each row it spans leaves an empty cell empty: no row above to fill it from.
      const above = row?.parent === clause.parent && !MERGES_REPEATED.has(document.source.format) ? row : undefined;
      row = { ...clause, ...rowFields(clause, { rule, county, level, table }, { year: documentYear, issued: document.date, planYear: plan, inContext: yearOf.get(clause.id) ?? null }, above) };
      return row;
    }
    if (clause.members?.length) return { ...clause, ...memberFields(clause, { rule, county, level, table }) };
    const listed = extractListedUnits(clause.text, { rule, county, level, table });
    // The header of the table rows under the clause names columns: no date (2024年目标值) or unit (医院) of its own.
    const header = [...headerLines(clause.text, headersUnder.get(clause.id) ?? new Set()), ...partTitle(clause)];
    const outsideHeader = (item: { at: [number, number] }) => !header.some(([a, b]) => item.at[0] >= a && item.at[1] <= b);
    const times = extractTimes(clause.text, documentYear, document.date, plan, yearOf.get(clause.id) ?? null);
    const deadlines = times.deadlines.filter(outsideHeader);
    // A doer's name may stand before when it acts or after it (县人民医院2024年底前完成…, 力争2024年底前县人民医院通过…),
    // a time no year dates too (6月底前 in a plan that names none).
    const prose = readProse(clause.text, listed.annotations, times.said.filter((at) => outsideHeader({ at })), listed.units, level, county, table);
    // A clause that is only that header (a table published alone heads its rows with it) has no task.
    const onlyHeader = header.length > 0 && header.reduce((n, [a, b]) => n + b - a, 0) >= clause.text.trim().length;
    return {
      ...clause,
      task: onlyHeader ? '' : extractTask(clause),
      units: [...withProseRoles(listed.units, prose.rolesOfListed), ...prose.actors].filter(outsideHeader),
      deadlines,
      metrics: extractMetrics(clause.text, deadlines, listed.annotations),
    };
  });
}
