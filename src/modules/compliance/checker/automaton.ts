/**
 * Aho-Corasick automaton over UTF-16 code units, flattened into typed arrays after building:
 * the root's transitions are a direct 65,536-entry table (most steps start there), other
 * states' transitions are sorted (unit, next) pairs found by binary search, and every state's
 * outputs — its own pattern and those reached through failure links — are one contiguous slice.
 */
export interface Automaton {
  /** Pattern lengths in code units, by pattern id. */
  readonly lengths: Int32Array;
  /** Calls onMatch(patternId, endExclusive) for every occurrence, in order of end position. */
  scan(units: Uint16Array, length: number, onMatch: (pattern: number, end: number) => void): void;
  readonly stateCount: number;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // 1. Trie with Map transitions.
  const children: Map<number, number>[] = [new Map()];
  const own: number[] = [-1];
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let next = children[s]!.get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push(-1);
        children[s]!.set(c, next);
      }
      s = next;
    }
    if (p.length > 0 && own[s] === -1) own[s] = id;
  });
  const states = children.length;

  // 2. Failure links and output lists, breadth first.
  const fail = new Int32Array(states);
  const outputs: number[][] = Array.from({ length: states }, (_, s) => (own[s]! >= 0 ? [own[s]!] : []));
  const queue: number[] = [];
  for (const next of children[0]!.values()) queue.push(next);
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi]!;
    for (const [c, next] of children[s]!) {
      let f = fail[s]!;
      while (f !== 0 && !children[f]!.has(c)) f = fail[f]!;
      const target = children[f]!.get(c);
      fail[next] = target !== undefined && target !== next ? target : 0;
      outputs[next]!.push(...outputs[fail[next]!]!);
      queue.push(next);
    }
  }

  // 3. Flatten.
  const root = new Int32Array(65536);
  for (const [c, next] of children[0]!) root[c] = next;
  const edgeStart = new Int32Array(states + 1);
  let edges = 0;
  for (let s = 0; s < states; s++) {
    edgeStart[s] = edges;
    if (s !== 0) edges += children[s]!.size;
  }
  edgeStart[states] = edges;
  const edgeUnit = new Uint16Array(edges);
  const edgeNext = new Int32Array(edges);
  for (let s = 1; s < states; s++) {
    const sorted = [...children[s]!.entries()].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([c, next], i) => {
      edgeUnit[edgeStart[s]! + i] = c;
      edgeNext[edgeStart[s]! + i] = next;
    });
  }
  const outStart = new Int32Array(states + 1);
  let outs = 0;
  for (let s = 0; s < states; s++) {
    outStart[s] = outs;
    outs += outputs[s]!.length;
  }
  outStart[states] = outs;
  const outList = new Int32Array(outs);
  for (let s = 0; s < states; s++) outList.set(outputs[s]!, outStart[s]!);
  const lengths = Int32Array.from(patterns, (p) => p.length);

  const step = (s: number, c: number): number => {
    for (;;) {
      if (s === 0) return root[c]!;
      let lo = edgeStart[s]!;
      let hi = edgeStart[s + 1]! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const u = edgeUnit[mid]!;
        if (u === c) return edgeNext[mid]!;
        if (u < c) lo = mid + 1;
        else hi = mid - 1;
      }
      s = fail[s]!;
    }
  };

  return {
    lengths,
    stateCount: states,
    scan(units, length, onMatch) {
      let s = 0;
      for (let i = 0; i < length; i++) {
        s = step(s, units[i]!);
        const from = outStart[s]!;
        const to = outStart[s + 1]!;
        for (let k = from; k < to; k++) onMatch(outList[k]!, i + 1);
      }
    },
  };
}
