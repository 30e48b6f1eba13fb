import { describe, expect, it } from 'vitest';
import { buildSynonymIndex, planQuery, type QueryTerm, type Segmenter } from './query-plan.js';

/**
 * A dictionary segmenter (forward maximum matching, words up to 6 characters): what is in the
 * dictionary comes out whole, anything else one character at a time, like jieba on unknown text.
 */
function dictionarySegmenter(words: readonly string[]): Segmenter & { calls: string[] } {
  const dict = new Set(words);
  const calls: string[] = [];
  const seg = (text: string) => {
    calls.push(text);
    const cs = Array.from(text);
    const out: string[] = [];
    let i = 0;
    while (i < cs.length) {
      let len = 1;
      for (let l = Math.min(6, cs.length - i); l > 1; l--) {
        if (dict.has(cs.slice(i, i + l).join(''))) {
          len = l;
          break;
        }
      }
      out.push(cs.slice(i, i + len).join(''));
      i += len;
    }
    return out;
  };
  return Object.assign(seg, { calls });
}

const DICT = ['纳溪', '早茶', '四川', '腊肉', '灯影', '牛肉', '合江', '荔枝', '泸州', '老窖', '特曲', '护国', '晚熟', '特级', '桂圆', '龙眼', '柚子', '古蔺', '麻辣', '鸡'];
const seg = dictionarySegmenter(DICT);
const SYN = buildSynonymIndex([
  ['桂圆', '龙眼'],
  ['柚子', '柚'],
  ['猕猴桃', '奇异果'],
]);
const NO_SYN = buildSynonymIndex([]);

/** The alternatives of each term, the shape most assertions compare. */
const plan = (q: string, segment: Segmenter = seg, synonyms = SYN) => planQuery(q, segment, synonyms).map((t: QueryTerm) => t.alternatives);

describe('buildSynonymIndex', () => {
  it('maps every word of a group to the whole group', () => {
    const idx = buildSynonymIndex([['桂圆', '龙眼']]);
    expect(idx.get('桂圆')).toEqual(['桂圆', '龙眼']);
    expect(idx.get('龙眼')).toEqual(['桂圆', '龙眼']);
    expect(idx.size).toBe(2);
  });

  it('normalises words (full width, case, punctuation and spaces removed)', () => {
    const idx = buildSynonymIndex([['Ｋｉｗｉ', '奇异·果', 'KIWI']]);
    expect([...idx.keys()].sort()).toEqual(['kiwi', '奇异果'].sort());
    expect(idx.get('kiwi')).toEqual(['kiwi', '奇异果']);
  });

  it('drops words that normalise to nothing', () => {
    const idx = buildSynonymIndex([['', '!!', '  ', '荔枝']]);
    expect([...idx.entries()]).toEqual([['荔枝', ['荔枝']]]);
  });

  it('merges the groups a word belongs to, without making them transitive', () => {
    const idx = buildSynonymIndex([
      ['kiwi', '奇异果'],
      ['奇异果', '猕猴桃'],
    ]);
    expect(idx.get('奇异果')).toEqual(['kiwi', '奇异果', '猕猴桃']);
    expect(idx.get('kiwi')).toEqual(['kiwi', '奇异果']);
    expect(idx.get('猕猴桃')).toEqual(['奇异果', '猕猴桃']);
  });

  it('is empty for no groups', () => {
    expect(NO_SYN.size).toBe(0);
  });
});

describe('planQuery: empty and trivial queries', () => {
  it.each(['', '   ', '，。！', '\t\n', '——', '　'])('%j → no terms', (q) => {
    expect(planQuery(q, seg, SYN)).toEqual([]);
  });

  it('does not call the segmenter for an empty query', () => {
    const s = dictionarySegmenter(DICT);
    planQuery('  ,  ', s, SYN);
    expect(s.calls).toEqual([]);
  });
});

describe('planQuery: normalisation and splitting', () => {
  it('normalises full width and case like the index does', () => {
    expect(plan('ＡＢＣ１２３')).toEqual([['abc123']]);
    expect(plan('Tea')).toEqual([['tea']]);
  });

  it.each([
    ['四川 腊肉', [['四川'], ['腊肉']]],
    ['四川，腊肉', [['四川'], ['腊肉']]],
    ['四川、腊肉！', [['四川'], ['腊肉']]],
    ['四川/腊肉', [['四川'], ['腊肉']]],
    ['　四川　　腊肉　', [['四川'], ['腊肉']]],
  ])('splits %j on spaces and punctuation', (q, expected) => {
    expect(plan(q)).toEqual(expected);
  });

  it('segments a longer run into words', () => {
    expect(plan('四川腊肉')).toEqual([['四川'], ['腊肉']]);
    expect(plan('泸州老窖特曲')).toEqual([['泸州'], ['老窖'], ['特曲']]);
  });

  it('only hands the segmenter runs longer than two characters', () => {
    const s = dictionarySegmenter(DICT);
    planQuery('腊肉 a 四川腊肉 ab', s, NO_SYN);
    expect(s.calls).toEqual(['四川腊肉']);
  });

  it('cleans what the segmenter returns (punctuation, case, empties)', () => {
    const messy: Segmenter = () => ['Ｆｏｏ', ' ', '', '，', 'bar!'];
    expect(plan('foobar', messy, NO_SYN)).toEqual([['foo'], ['bar']]);
  });
});

describe('planQuery: short queries stay whole', () => {
  it.each(['腊肉', '荔枝', '柚', 'ab', 'a', '1', '特早'])('%j is one term, not segmented', (q) => {
    const exploding: Segmenter = (t) => Array.from(t);
    expect(plan(q, exploding, NO_SYN)).toEqual([[q]]);
  });

  it('keeps two-character runs whole even when the segmenter would split them', () => {
    const s = dictionarySegmenter([]);
    expect(plan('特早 茶叶', s, NO_SYN)).toEqual([['特早'], ['茶叶']]);
    expect(s.calls).toEqual([]);
  });
});

describe('planQuery: synonyms', () => {
  it.each([
    ['桂圆', [['桂圆', '龙眼']]],
    ['龙眼', [['龙眼', '桂圆']]],
    ['柚', [['柚', '柚子']]],
    ['柚子', [['柚子', '柚']]],
    ['猕猴桃', [['猕猴桃', '奇异果']]],
    ['奇异果', [['奇异果', '猕猴桃']]],
  ])('%j expands both ways: %j', (q, expected) => {
    expect(plan(q)).toEqual(expected);
  });

  it('keeps a longer known synonym whole without segmenting it', () => {
    const s = dictionarySegmenter(DICT);
    expect(plan('猕猴桃', s)).toEqual([['猕猴桃', '奇异果']]);
    expect(s.calls).toEqual([]);
  });

  it('expands words the segmenter found', () => {
    expect(plan('合江桂圆')).toEqual([['合江'], ['桂圆', '龙眼']]);
    expect(plan('四川柚子')).toEqual([['四川'], ['柚子', '柚']]);
  });

  it('expands every word of a multi-word query', () => {
    expect(plan('桂圆 柚')).toEqual([
      ['桂圆', '龙眼'],
      ['柚', '柚子'],
    ]);
  });

  it('matches synonyms after normalisation', () => {
    const idx = buildSynonymIndex([['Kiwi', '奇异果']]);
    expect(plan('ＫＩＷＩ', seg, idx)).toEqual([['kiwi', '奇异果']]);
  });

  it('puts the query word first and never repeats it among the alternatives', () => {
    for (const q of ['桂圆', '龙眼', '柚', '柚子']) {
      const [t] = planQuery(q, seg, SYN);
      expect(t!.alternatives[0]).toBe(q);
      expect(new Set(t!.alternatives).size).toBe(t!.alternatives.length);
    }
  });
});

describe('planQuery: single characters split off by the segmenter', () => {
  // The rule (query-plan.ts): single characters split off a longer run are dropped, since a lone
  // 子 or 叶 matches almost anything; a run that splits into single characters only stays whole.
  it('drops a lone character between two words', () => {
    // 纳溪 + 特 + 早茶 → 纳溪 + 早茶
    expect(plan('纳溪特早茶')).toEqual([['纳溪'], ['早茶']]);
  });

  it('drops a leading lone character', () => {
    expect(plan('特早茶')).toEqual([['早茶']]);
  });

  it('drops a trailing lone character (护国柚子 → 护国柚 style)', () => {
    const s = dictionarySegmenter(['护国柚', '万源富硒茶']);
    expect(plan('护国柚子', s, NO_SYN)).toEqual([['护国柚']]);
    expect(plan('万源富硒茶叶', s, NO_SYN)).toEqual([['万源富硒茶']]);
    expect(plan('四川腊肉干')).toEqual([['四川'], ['腊肉']]);
  });

  it('keeps adjacent lone characters together as one unknown word', () => {
    expect(plan('好吃的四川腊肉')).toEqual([['好吃的'], ['四川'], ['腊肉']]);
  });

  it('keeps a run whole when it splits into single characters only', () => {
    expect(plan('一二三四五六')).toEqual([['一二三四五六']]);
    const exploding: Segmenter = (t) => Array.from(t);
    expect(plan('好吃的', exploding, NO_SYN)).toEqual([['好吃的']]);
  });

  it('keeps a run whole when the segmenter returns a single one-character word', () => {
    const s: Segmenter = () => ['鸡'];
    expect(plan('鸡鸡鸡', s, NO_SYN)).toEqual([['鸡鸡鸡']]);
  });

  it('keeps a run whole when the segmenter returns nothing usable', () => {
    const s: Segmenter = () => ['，', ' '];
    expect(plan('四川腊肉', s, NO_SYN)).toEqual([['四川腊肉']]);
  });

  it('leaves no single-character term when the run was longer than two characters', () => {
    for (const q of ['纳溪特早茶', '麻辣鸡块', '古蔺麻辣鸡', '特级四川腊肉干', '晚熟荔枝王', '一二三']) {
      const terms = planQuery(q, seg, SYN);
      expect(terms.length, q).toBeGreaterThan(0);
      for (const t of terms) expect(Array.from(t.alternatives[0]!).length, `${q}: ${t.alternatives[0]}`).toBeGreaterThan(1);
    }
  });

  it('drops only split-off singles: a one-character query word stays', () => {
    expect(plan('柚 四川腊肉干')).toEqual([['柚', '柚子'], ['四川'], ['腊肉']]);
  });

  it('no longer splits a phrase once the segmenter knows it', () => {
    const taught = dictionarySegmenter([...DICT, '纳溪特早茶']);
    expect(plan('纳溪特早茶', taught)).toEqual([['纳溪特早茶']]);
  });
});

describe('planQuery: duplicate and implied terms', () => {
  it('drops duplicate words', () => {
    expect(plan('腊肉 腊肉')).toEqual([['腊肉']]);
    expect(plan('腊肉，四川腊肉')).toEqual([['腊肉'], ['四川']]);
    expect(plan('ＡＢＣ abc Abc')).toEqual([['abc']]);
  });

  it('drops a term that lies inside another term', () => {
    const keepsWhole = dictionarySegmenter(['灯影牛肉', '合江荔枝']);
    expect(plan('灯影牛肉 牛肉', keepsWhole, NO_SYN)).toEqual([['灯影牛肉']]);
    expect(plan('牛肉 灯影牛肉', keepsWhole, NO_SYN)).toEqual([['灯影牛肉']]);
    expect(plan('荔枝 合江荔枝 合江', keepsWhole, NO_SYN)).toEqual([['合江荔枝']]);
  });

  it('keeps terms that only overlap', () => {
    const keepsWhole = dictionarySegmenter(['灯影牛肉']);
    expect(plan('灯影牛肉 肉干', keepsWhole, NO_SYN)).toEqual([['灯影牛肉'], ['肉干']]);
  });

  it('keeps a term with synonyms even when its text lies inside another term', () => {
    // 柚 matches 柚子 too, so it is not implied by 护国柚.
    const keepsWhole = dictionarySegmenter(['护国柚']);
    expect(plan('护国柚 柚', keepsWhole)).toEqual([['护国柚'], ['柚', '柚子']]);
  });

  it('drops a term only when every alternative of the other term contains it', () => {
    // 桂圆干 (no synonyms) contains 干; 龙眼 / 桂圆 does not imply 圆.
    const keepsWhole = dictionarySegmenter(['桂圆干']);
    expect(plan('桂圆干 干', keepsWhole)).toEqual([['桂圆干']]);
    expect(plan('桂圆 圆', keepsWhole)).toEqual([['桂圆', '龙眼'], ['圆']]);
  });
});

describe('planQuery: at most 8 terms', () => {
  it('keeps the first 8 distinct words', () => {
    expect(plan('a b c d e f g h i j')).toEqual([['a'], ['b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h']]);
  });

  it('counts distinct words, not repeats', () => {
    expect(plan('a a b b c c d d e e f f g g h h i i')).toHaveLength(8);
    expect(plan('a a b b c c d d e e f f g g h h i i').at(-1)).toEqual(['h']);
  });

  it('applies to words from segmentation too', () => {
    const many = '四川腊肉泸州老窖特曲合江荔枝护国柚子灯影牛肉';
    const terms = plan(many);
    expect(terms).toHaveLength(8);
    expect(terms.map((t) => t[0])).toEqual(['四川', '腊肉', '泸州', '老窖', '特曲', '合江', '荔枝', '护国']);
  });

  it('keeps fewer than 8 as they are', () => {
    expect(plan('a b c')).toHaveLength(3);
  });
});

describe('planQuery: purity', () => {
  it('gives the same plan for the same input and does not change the synonym index', () => {
    const before = JSON.stringify([...SYN.entries()]);
    const a = planQuery('合江桂圆 柚子 纳溪特早茶', seg, SYN);
    const b = planQuery('合江桂圆 柚子 纳溪特早茶', seg, SYN);
    expect(b).toEqual(a);
    a[0]!.alternatives.push('mutated');
    expect(JSON.stringify([...SYN.entries()])).toBe(before);
    expect(planQuery('合江桂圆', seg, SYN)[1]!.alternatives).toEqual(['桂圆', '龙眼']);
  });
});
