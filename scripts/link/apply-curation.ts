import type { ClauseRecord, Link } from '../publish/schema.ts';
import type { Message } from '../messages.ts';
import { keptPairs, type Curation, type CuratedPair } from './curation.ts';

export interface CurationContext {
  clause: (id: string) => ClauseRecord | undefined;
  /** is the higher document above the lower one? */
  above: (lowerDoc: string, higherDoc: string) => boolean;
  /** a link for a pair, scored and with evidence, marked as curated */
  link: (source: ClauseRecord, target: ClauseRecord, kind: 'confirmed' | 'added') => Link;
}

/**
 * Curated links win over computed ones: a rejected pair is dropped, a
 * confirmed or added pair is published whatever its score, marked curated,
 * and listed before the computed links of its clause.
 */
export function applyCuration(
  computed: Map<string, Link[]>,
  curation: Curation,
  ctx: CurationContext,
): { links: Map<string, Link[]>; messages: Message[] } {
  const messages: Message[] = [];
  const file = curation.file ?? 'links.curated.yaml';
  const links = new Map([...computed].map(([id, list]) => [id, [...list]]));
  const valid = (pair: CuratedPair, section: string) => {
    const source = ctx.clause(pair.source);
    const target = ctx.clause(pair.target);
    const problem = !source
      ? `unknown source clause ${pair.source}`
      : !target
        ? `unknown target clause ${pair.target}`
        : !ctx.above(source.doc, target.doc)
          ? `${pair.target} is not in a document above ${pair.source}'s`
          : null;
    if (problem) messages.push({ file, line: pair.line ?? null, message: `${section} ignored: ${problem}` });
    return problem ? null : { source: source!, target: target! };
  };

  const { kept, overruled } = keptPairs(curation);
  for (const pair of overruled) messages.push({ file, line: pair.line ?? null, message: `${pair.source} → ${pair.target} is both kept and rejected; rejected wins` });

  for (const pair of curation.reject) {
    if (!valid(pair, 'reject')) continue;
    links.set(pair.source, (links.get(pair.source) ?? []).filter((l) => l.target !== pair.target));
  }
  for (const { pair, kind } of kept) {
    const ok = valid(pair, kind === 'confirmed' ? 'confirm' : 'add');
    if (!ok) continue;
    const rest = (links.get(pair.source) ?? []).filter((l) => l.target !== pair.target);
    const curatedFirst = rest.filter((l) => l.curated);
    const computedRest = rest.filter((l) => !l.curated);
    links.set(pair.source, [...curatedFirst, { ...ctx.link(ok.source, ok.target, kind), note: pair.note ?? null }, ...computedRest]);
  }
  return { links, messages };
}
