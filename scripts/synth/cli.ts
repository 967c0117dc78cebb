/** `npm run corpus:synth -- N DIR [--seed S] [--from corpus]`: write a synthetic corpus of N plans to DIR. */
import { synthesizeCorpus } from './index.ts';

const [countArg, outDir] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--'));
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !outDir) {
  console.error('usage: npm run corpus:synth -- N DIR [--seed S] [--from corpus]');
  process.exit(2);
}
const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const manifest = synthesizeCorpus({ count, outDir, from: flag('--from'), seed: flag('--seed') });
const provinces = new Set(manifest.plans.map((p) => p.region.province)).size;
const spliced = manifest.plans.filter((p) => p.seeds.length > 1).length;
console.log(`wrote ${count} plans (${spliced} spliced from two seeds, ${provinces} provinces) and ${manifest.copied.join(', ')} to ${outDir}/`);
