/**
 * Metrics compared across plans: targets such as beds or doctors per thousand people,
 * EMR level or percentages, grouped by a normalised indicator key plus unit and "per",
 * so only like is compared with like; then one small dot plot per indicator.
 */
import { max, scaleLinear } from 'd3';
import type { ClauseRecord, DocumentRecord, Metric } from '../../scripts/publish/schema.ts';
import { clauseExcerpt, clauseLabel, isNational, planDocuments, planShortName } from '../lib/compare.ts';
import { clauseHref, clauseNumber } from '../lib/routes.ts';
import { axisBottom, frame, gridX, linkMark, rowLabels } from './parts.ts';
import { el, textWidth, type SvgNode } from './svg.ts';
import { zh } from '../i18n/zh.ts';
import { fill } from '../i18n/locale.ts';

/**
 * Indicators the plans word in many ways. The first rule whose pattern (and, when
 * given, unit and "per") matches names the group; anything else is grouped by its own
 * wording. Staffing and bed rules need "per thousand people": 精神科床位 30 张 is a
 * ward's size, not the population ratio.
 */
const INDICATOR_RULES: { key: string; label: string; pattern: RegExp; unit?: string; per?: string }[] = [
  { key: 'beds', label: '每千人口床位数', pattern: /床位/, per: '千人口' },
  { key: 'doctors', label: '每千人口执业（助理）医师数', pattern: /执业(\(助理\))?医师|医师数/, per: '千人口' },
  { key: 'nurses', label: '每千人口注册护士数', pattern: /护士/, per: '千人口' },
  { key: 'emr-level', label: '电子病历系统应用水平', pattern: /电子病历/, unit: '级' },
  { key: 'county-visit-share', label: '县域内就诊率（住院率）', pattern: /县域内?(住院|就诊)/ },
];

/** Full-width to half-width, no spaces, and the population qualifiers that do not change the measure. */
function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/常住人口/g, '人口').replace(/每千人(?!口)/g, '每千人口');
}

/** `千常住人口`, `每千人`, `千人口` all mean per thousand people. */
export function normalisePer(per: string | null): string | null {
  if (per === null) return null;
  const p = normaliseText(per).replace(/^每/, '');
  return /^千人(口)?$/.test(p) ? '千人口' : /^万人(口)?$/.test(p) ? '万人口' : p;
}

export function normaliseUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const u = normaliseText(unit);
  return u === '％' || u === '%' ? '%' : u;
}

export interface IndicatorKey {
  key: string;
  label: string;
}

/** The comparison key of a metric, or null when the metric names no indicator. */
export function indicatorKey(metric: Pick<Metric, 'indicator' | 'unit' | 'per'>): IndicatorKey | null {
  if (!metric.indicator) return null;
  const name = normaliseText(metric.indicator);
  const unit = normaliseUnit(metric.unit);
  const per = normalisePer(metric.per);
  const rule = INDICATOR_RULES.find(
    (r) => r.pattern.test(name) && (!r.unit || r.unit === unit) && (!r.per || r.per === per),
  );
  const base = rule ? rule.key : name.replace(/^每千人口/, '').replace(/数$/, '');
  return { key: [base, unit ?? '', per ?? ''].join('|'), label: rule?.label ?? name };
}

export interface MetricEntry {
  doc: DocumentRecord;
  clause: ClauseRecord;
  metric: Metric;
}

export interface MetricGroup {
  key: string;
  label: string;
  unit: string | null;
  per: string | null;
  entries: MetricEntry[];
  /** Distinct documents with at least one entry. */
  docCount: number;
}

/** Unit text as read: `张/千人口`, `%`, `项/年`, or empty. */
export function unitLabel(group: Pick<MetricGroup, 'unit' | 'per'>): string {
  return [group.unit ?? '', group.per ?? ''].filter(Boolean).join('/');
}

/**
 * Group every metric with an indicator by its key. Entries follow the plan order of
 * the other views (national first); groups shared by more plans come first.
 */
export function groupMetrics(documents: readonly DocumentRecord[], clauses: readonly ClauseRecord[]): MetricGroup[] {
  const order = [...documents.filter(isNational), ...planDocuments(documents)];
  const rank = new Map(order.map((d, i) => [d.id, i]));
  const groups = new Map<string, MetricGroup>();
  for (const clause of clauses) {
    const doc = order[rank.get(clause.doc) ?? -1];
    if (!doc) continue;
    for (const metric of clause.metrics) {
      const key = indicatorKey(metric);
      if (!key) continue;
      let group = groups.get(key.key);
      if (!group) {
        group = { key: key.key, label: key.label, unit: normaliseUnit(metric.unit), per: normalisePer(metric.per), entries: [], docCount: 0 };
        groups.set(key.key, group);
      }
      group.entries.push({ doc, clause, metric });
    }
  }
  for (const group of groups.values()) {
    group.entries.sort((a, b) => rank.get(a.doc.id)! - rank.get(b.doc.id)!);
    group.docCount = new Set(group.entries.map((e) => e.doc.id)).size;
  }
  return [...groups.values()].sort((a, b) => b.docCount - a.docCount || a.label.localeCompare(b.label, 'zh-CN'));
}

const COMPARATOR_SIGNS: Record<Metric['comparator'], string> = {
  eq: '',
  ge: '≥',
  gt: '>',
  le: '≤',
  lt: '<',
  approx: '约',
  range: '',
};

/** The target as a short figure: `≥6.8`, `85–90`, `约 3`. */
export function metricValueLabel(metric: Metric): string {
  if (metric.min !== undefined && metric.max !== undefined) return `${metric.min}–${metric.max}`;
  const value = metric.value ?? metric.min ?? metric.max;
  return value === undefined ? '' : `${COMPARATOR_SIGNS[metric.comparator]}${value}`;
}

function extentOf(metric: Metric): [number, number] | null {
  const values = [metric.value, metric.min, metric.max].filter((v): v is number => v !== undefined);
  return values.length ? [Math.min(...values), Math.max(...values)] : null;
}

/**
 * "某某县 2025年"; where a plan has two targets for one year, the clause number tells
 * them apart, and a running number where both sit in one clause.
 */
function entryLabels(entries: MetricEntry[], text: typeof zh): string[] {
  const plain = entries.map((e) => `${planShortName(e.doc, text.nationalPlan)}${e.metric.year ? fill(text.charts.metricYear, { year: e.metric.year }) : ''}`);
  const withClause = plain.map((label, i) =>
    plain.indexOf(label) !== plain.lastIndexOf(label) ? `${label} §${clauseNumber(entries[i].clause.id)}` : label,
  );
  return withClause.map((label, i) => {
    const same = withClause.filter((l) => l === label).length;
    return same > 1 ? `${label}（${withClause.slice(0, i + 1).filter((l) => l === label).length}）` : label;
  });
}

/** One dot plot: a row per target, a dot at the value (a bar for a range), zero-based axis. */
export function metricDotPlot(group: MetricGroup, { width = 360, text = zh }: { width?: number; text?: typeof zh } = {}): SvgNode {
  const t = text.charts;
  const entries = group.entries.filter((e) => extentOf(e.metric));
  const labels = entryLabels(entries, text);
  const labelWidth = Math.max(60, ...labels.map((l) => textWidth(l) + 12));
  const rowHeight = 24;
  const margin = { top: 8, right: 52, bottom: 30, left: labelWidth };
  const plotBottom = margin.top + entries.length * rowHeight;
  const top = max(entries, (e) => extentOf(e.metric)![1]) ?? 1;
  const x = scaleLinear()
    .domain([0, group.unit === '%' ? Math.max(100, top) : top * 1.1])
    .nice()
    .range([margin.left, width - margin.right]);
  const ticks = x.ticks(4);
  const yOf = (i: number) => margin.top + i * rowHeight + rowHeight / 2;

  const marks = el(
    'g',
    { class: 'marks' },
    entries.map((entry, i) => {
      const [lo, hi] = extentOf(entry.metric)!;
      const y = yOf(i);
      const figure = metricValueLabel(entry.metric);
      const label = `${labels[i]}：${group.label} ${figure}${unitLabel(group) ? ` ${unitLabel(group)}` : ''}——${clauseLabel(entry.clause, 30)}`;
      const shape =
        lo === hi
          ? el('circle', { cx: x(lo), cy: y, r: 5, fill: isNational(entry.doc) ? '#1a1a1a' : '#0b5cad' })
          : el('rect', { x: x(lo), y: y - 4, width: Math.max(2, x(hi) - x(lo)), height: 8, rx: 3, fill: '#0b5cad' });
      return el(
        'g',
        { class: 'metric', 'data-doc': entry.doc.id },
        el('line', { x1: margin.left, x2: x(lo), y1: y, y2: y, stroke: '#d0d5dd', 'aria-hidden': 'true' }),
        linkMark({ href: clauseHref(entry.clause.id), label, tip: `${label}\n${clauseExcerpt(entry.clause)}` }, shape),
        el('text', { class: 'value', x: x(hi) + 8, y, dy: '0.35em', fill: 'currentColor', 'aria-hidden': 'true' }, figure),
      );
    }),
  );

  return frame(
    { width, height: plotBottom + margin.bottom, label: fill(t.metricLabel, { indicator: group.label, unit: unitLabel(group) ? fill(t.metricUnit, { unit: unitLabel(group) }) : '' }), className: 'chart metric-plot' },
    gridX(x, { ticks, y0: margin.top, y1: plotBottom }),
    rowLabels(entries.map((e, i) => ({ y: yOf(i), label: labels[i], full: e.doc.title ?? e.doc.id })), { x: margin.left - 8 }),
    marks,
    axisBottom(x, { y: plotBottom, ticks, format: (v) => String(v) }),
  );
}
