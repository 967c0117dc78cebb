/**
 * How a pair's score is made and when it is published (docs/links.md explains why).
 *
 *   score = min(1, cosine + CONTEXT × context)
 *
 * cosine: TF-IDF over character bigrams of the two clause texts (shared distinctive
 * wording, generic policy words weigh little). context: how alike the source's
 * section headings are to the target's section heading (a county section 持续提升医疗服务能力
 * under which the clause sits echoes the national section of the same name).
 * A pair is vetoed (score 0) when the source runs another programme of the
 * same counted name (see programmes.ts).
 */
export interface LinkOptions {
  /** links scoring below this are not published */
  threshold: number;
  /** weight of the section-heading context */
  context: number;
  /** a further link to the same higher document must score at least this share of the best one */
  nearTop: number;
  /** most evidence spans kept per link */
  evidence: number;
}

export const DEFAULTS: LinkOptions = { threshold: 0.08, context: 0.1, nearTop: 0.9, evidence: 6 };

export function combine(cosine: number, context: number, options: LinkOptions): number {
  return Math.min(1, cosine + options.context * context);
}

/** Keep the candidates a reader should see: above threshold and close to the best one. */
export function publishable<T extends { score: number }>(candidates: T[], options: LinkOptions): T[] {
  const sorted = candidates.filter((c) => c.score >= options.threshold).sort((a, b) => b.score - a.score);
  if (sorted.length === 0) return [];
  return sorted.filter((c) => c.score >= options.nearTop * sorted[0].score);
}
