/**
 * The synthetic corpus: N county (or city) plans made from the seed plans of a corpus,
 * for benchmarks and scale tests. Deterministic: one seed string gives the same corpus.
 *
 * Seeds are the corpus's county and city plans, chosen by their level as the pipeline
 * reads it; every other document (the national plan, provincial plans) is copied in byte
 * for byte with its sidecar so that links resolve, and so are the data files that shape
 * extraction and linking. Each plan renames its seed's places to a real division, drops
 * items, shifts years, perturbs quantities, and some splice two seeds at a chapter.
 * `synth-manifest.json` records each plan's seed(s) and place.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { stringify } from 'yaml';
import { readTextSources, type SourceText } from '../ingest/read-corpus.ts';
import { structureDocument } from '../structure/index.ts';
import { random, type Random } from './prng.ts';
import { placesAt, type Place } from './places.ts';
import { matchDivision, placeStem as stem } from '../structure/division.ts';
import { chapterStarts, dropItems, perturbNumbers, renamePlaces, shiftYears, type Region } from './transform.ts';

export interface SynthOptions {
  /** Number of plans to make. */
  count: number;
  /** Folder to write; emptied first if it holds an earlier synthetic corpus. */
  outDir: string;
  /** The corpus to take seeds from. */
  from?: string;
  /** PRNG seed. */
  seed?: string;
}

export interface SynthPlan {
  id: string;
  /** Seed document ids: one, or two when the plan splices a second seed from chapter `splitChapter` on. */
  seeds: string[];
  splitChapter: number | null;
  level: 'county' | 'municipal';
  region: Region;
  /** Whether the sidecar gives the region; else the text names the place and the division table the rest. */
  sidecarRegion: boolean;
  /** GB/T 2260 code of the place. */
  code: string;
  yearShift: number;
  droppedItems: number;
}

export interface SynthManifest {
  seed: string;
  from: string;
  count: number;
  /** Documents copied unchanged (national and provincial plans). */
  copied: string[];
  plans: SynthPlan[];
}

/** Files in a corpus that are data, not documents; links.curated.yaml names seed clauses, so it stays behind. */
const dataFiles = ['unit-aliases.yaml', 'link-concepts.yaml'];
export const manifestName = 'synth-manifest.json';

interface Seed {
  source: SourceText;
  level: 'county' | 'municipal';
  region: Region;
  /** Sidecar path beside the seed, if any. */
  sidecarPath: string | null;
}

export function synthesizeCorpus({ count, outDir, from = 'corpus', seed = 'qianxian' }: SynthOptions): SynthManifest {
  const sources = readTextSources(from);
  const seeds: Seed[] = [];
  const copied: SourceText[] = [];
  for (const source of sources) {
    const { document } = structureDocument(source);
    if (document.level === 'county' || document.level === 'municipal') {
      seeds.push({ source, level: document.level, region: document.region, sidecarPath: null });
    } else copied.push(source);
  }
  if (seeds.length === 0) throw new Error(`${from}: no county or city plan to use as a seed`);

  prepare(outDir);
  const base = dirname(from);
  for (const source of copied) {
    copyFileSync(join(base, source.file), join(outDir, basename(source.file)));
    const sidecar = join(base, source.file.slice(0, -extname(source.file).length) + '.yaml');
    if (existsSync(sidecar)) copyFileSync(sidecar, join(outDir, basename(sidecar)));
  }
  for (const name of dataFiles) if (existsSync(join(from, name))) copyFileSync(join(from, name), join(outDir, name));

  const rng = random(seed);
  const places = { county: placesAt('county', rng), municipal: placesAt('municipal', rng) };
  const used = { county: 0, municipal: 0 };
  const width = Math.max(4, String(count).length);
  const plans: SynthPlan[] = [];
  for (let i = 0; i < count; i++) {
    const planRng = random(`${seed}/${i}`);
    const primary = seeds[i % seeds.length];
    const list = places[primary.level];
    // More plans than places: a place issues a second plan (another year).
    const place = list[used[primary.level]++ % list.length];
    const id = `synth-${String(i + 1).padStart(width, '0')}`;
    const plan = makePlan(id, primary, seeds, place, planRng);
    writeFileSync(join(outDir, `${id}.txt`), plan.text);
    writeFileSync(join(outDir, `${id}.yaml`), plan.sidecar);
    plans.push(plan.record);
  }
  const manifest: SynthManifest = { seed, from, count, copied: copied.map((s) => s.id), plans };
  writeFileSync(join(outDir, manifestName), JSON.stringify(manifest, null, 1));
  return manifest;
}

function makePlan(id: string, primary: Seed, seeds: Seed[], place: Place, rng: Random): { text: string; sidecar: string; record: SynthPlan } {
  const region: Region = { province: place.province, city: place.city, county: place.county };
  const renamed = (s: Seed) => renamePlaces(s.source.text, s.region, region).split(/\r\n|\r|\n/);
  let lines = renamed(primary);
  let seedIds = [primary.source.id];
  let splitChapter: number | null = null;

  // About one plan in five splices a second seed of its level from a chapter on.
  const partners = seeds.filter((s) => s !== primary && s.level === primary.level);
  if (partners.length > 0 && rng.chance(0.2)) {
    const other = rng.pick(partners);
    const otherLines = renamed(other);
    const mine = chapterStarts(lines);
    const theirs = chapterStarts(otherLines);
    const cuts = Math.min(mine.length, theirs.length) - 1;
    if (cuts >= 1) {
      splitChapter = rng.int(1, cuts);
      lines = [...lines.slice(0, mine[splitChapter]), ...otherLines.slice(theirs[splitChapter])];
      seedIds = [primary.source.id, other.source.id];
    }
  }
  const dropped = dropItems(lines, rng, 0.3);
  const ownPlace = stem(region.county ?? region.city ?? '');
  const yearShift = rng.int(-1, 2);
  let text = dropped.lines.join('\n');
  text = renumberOwnDocNumber(text, rng, yearShift);
  text = shiftYears(text, yearShift, ownPlace);
  text = perturbNumbers(text, rng, 0.25, ownPlace);

  // Every other plan whose place the division table names uniquely leaves its region to the table.
  const sidecarRegion = rng.chance(0.5) || matchDivision(primary.level, { ...region, province: null, city: null })?.code !== place.code;
  const sidecar =
    `# Synthetic plan from ${seedIds.join(' + ')}${splitChapter === null ? '' : ` (second seed from chapter ${splitChapter + 1})`}; see ${manifestName}.\n` +
    stringify({
      level: primary.level,
      ...(sidecarRegion ? { region: Object.fromEntries(Object.entries(region).filter(([, v]) => v)) } : {}),
    });
  return {
    text,
    sidecar,
    record: { id, seeds: seedIds, splitChapter, level: primary.level, region, sidecarRegion, code: place.code, yearShift, droppedItems: dropped.dropped },
  };
}

/** The cover's own 文号 gets the plan's year and another serial, so no two plans share one. */
function renumberOwnDocNumber(text: string, rng: Random, yearShift: number): string {
  const lines = text.split('\n');
  const at = lines.slice(0, 20).findIndex((l) => /^\s*[\u4e00-\u9fff]{1,14}\s*[〔［[]\s*\d{4}\s*[〕］\]]\s*\d{1,4}\s*号\s*$/.test(l));
  if (at !== -1) {
    lines[at] = lines[at].replace(/\d{1,4}(?=\s*号\s*$)/, String(rng.int(1, 200))).replace(/\d{4}/, (year) => String(Number(year) + yearShift));
  }
  return lines.join('\n');
}

/** An empty folder, or one that held an earlier synthetic corpus (emptied); anything else is refused. */
function prepare(outDir: string): void {
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    if (!existsSync(join(outDir, manifestName))) throw new Error(`${outDir} is not empty and holds no ${manifestName}; refusing to overwrite`);
    rmSync(outDir, { recursive: true });
  }
  mkdirSync(outDir, { recursive: true });
}
