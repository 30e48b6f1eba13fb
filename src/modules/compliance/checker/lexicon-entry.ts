/**
 * One lexicon entry: the data the checker matches and explains. Exemptions are data on the entry,
 * never special cases in code (issue 4).
 */
export const CATEGORIES = ['absolute', 'medical', 'price', 'defamation', 'vulgar', 'scarcity', 'special', 'superstition', 'tobacco'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  absolute: '绝对化用语',
  medical: '医疗功效宣称',
  price: '价格违法宣称',
  defamation: '诋毁同行',
  vulgar: '低俗用语',
  scarcity: '虚假稀缺与数据造假',
  special: '特供专供与国家机关名义',
  superstition: '封建迷信',
  tobacco: '烟草广告',
};

export type Severity = 'must_fix' | 'caution';

export interface LexiconEntry {
  /** The word or phrase as written (simplified Chinese; matching also catches traditional, full-width, spaced and repeated forms). */
  term: string;
  category: Category;
  severity: Severity;
  /** Clause number of the streamer convention (1–11). */
  clause: number;
  /** Law and article, e.g. 《广告法》第九条第（三）项. */
  basis: string;
  /** Why it is a problem, one sentence in Chinese. */
  why: string;
  /** A compliant rewording a streamer can use instead. */
  suggestion: string;
  /**
   * Longer words that contain the term and are fine (最近, 第一次, 最佳食用期, 国家地理标志保护产品):
   * a match lying inside an occurrence of one of these is not reported.
   */
  allowIn?: string[];
  /**
   * For claims a negation undoes (不能治疗, 不是药): characters before the match within which a
   * negation word (不, 没, 无, 非, 并非, 不是, 不能, 未) exempts it. 0 or absent: negation does not matter.
   */
  negationWindow?: number;
  enabled?: boolean;
}
