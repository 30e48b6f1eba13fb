import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { CATALOG_DICTIONARY } from './dictionary.js';
import type { Segmenter } from './query-plan.js';

/**
 * Chinese word segmentation for queries (jieba with its standard dictionary plus our place and
 * product names, so 纳溪特早茶 stays one word). Built once per process: loading the dictionary
 * takes a few hundred milliseconds.
 */
let jieba: Jieba | null = null;
const taught = new Set<string>();

function instance(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    teachWords(CATALOG_DICTIONARY);
  }
  return jieba;
}

/** Teaches the segmenter words (product and place names); idempotent. */
export function teachWords(words: readonly string[]): void {
  const fresh = words.map((w) => w.trim()).filter((w) => w.length >= 2 && !/\s/.test(w) && !taught.has(w));
  if (fresh.length === 0) return;
  for (const w of fresh) taught.add(w);
  instance().loadDict(Buffer.from(fresh.map((w) => `${w} 100000 nz`).join('\n')));
}

export const segment: Segmenter = (text) => instance().cut(text, false);
