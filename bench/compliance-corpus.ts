import { buildChecker } from '../src/modules/compliance/checker/checker.js';
import { CATEGORIES, CATEGORY_LABELS } from '../src/modules/compliance/checker/lexicon-entry.js';
import { CORPUS } from '../src/modules/compliance/corpus/corpus.js';
import { evaluate } from '../src/modules/compliance/corpus/evaluate.js';
import { STARTER_LEXICON } from '../src/modules/compliance/lexicon/starter-lexicon.js';

/**
 * `npm run corpus`: the checker with the starter lexicon against the labelled corpus
 * (src/modules/compliance/corpus/corpus.ts): precision and recall per category, and the cases it
 * gets wrong (`--mistakes` lists them all).
 */
const checker = buildChecker(STARTER_LEXICON);
const result = evaluate(CORPUS, (t) => checker.check(t));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log(`corpus: ${CORPUS.length} cases, ${CORPUS.filter((c) => c.expected.length === 0).length} clean; lexicon: ${checker.termCount} terms\n`);
console.log('| category | expected | found | false alarms | precision | recall |');
console.log('|---|---|---|---|---|---|');
for (const c of CATEGORIES) {
  const s = result.byCategory[c];
  console.log(`| ${c} ${CATEGORY_LABELS[c]} | ${s.tp + s.fn} | ${s.tp} | ${s.fp} | ${pct(s.precision)} | ${pct(s.recall)} |`);
}
console.log(`| all | ${result.all.tp + result.all.fn} | ${result.all.tp} | ${result.all.fp} | ${pct(result.all.precision)} | ${pct(result.all.recall)} |`);
console.log(`\nmust-fix precision ${pct(result.mustFix.precision)} (${result.mustFix.tp} right, ${result.mustFix.fp} wrong; target ≥ 95 %); recall ${pct(result.all.recall)} (target ≥ 90 %)`);
const shown = process.argv.includes('--mistakes') ? result.mistakes : result.mistakes.slice(0, 15);
if (shown.length) {
  console.log(`\n${result.mistakes.length} cases with mistakes${shown.length < result.mistakes.length ? ` (first ${shown.length}; --mistakes for all)` : ''}:`);
  for (const m of shown) console.log(`  ${m.id}: ${m.falsePositives.length ? `false alarm ${m.falsePositives.join('、')} ` : ''}${m.missed.length ? `missed ${m.missed.join('、')}` : ''}`);
}
