import type { Matcher } from './matcher.js';

/** A growable Int32Array, for building tries whose size is not known in advance. */
class IntBuffer {
  data: Int32Array;
  length = 0;

  constructor(
    capacity: number,
    private readonly fill: number,
  ) {
    this.data = new Int32Array(Math.max(capacity, 16)).fill(fill);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2).fill(this.fill);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    return this.length++;
  }

  trimmed(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * The transitions of all non-root states in one open-addressing hash table keyed by
 * (state, symbol): three flat Int32Arrays instead of a Map per node, which would cost
 * about ten times the memory at a million patterns.
 */
class EdgeTable {
  private states: Int32Array;
  private symbols: Int32Array;
  private targets: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected: number) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.states = new Int32Array(capacity).fill(-1);
    this.symbols = new Int32Array(capacity);
    this.targets = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(state: number, symbol: number): number {
    return ((Math.imul(state, 0x9e3779b1) ^ Math.imul(symbol + 1, 0x85ebca77)) >>> 0) & this.mask;
  }

  get(state: number, symbol: number): number {
    const states = this.states;
    let i = this.slot(state, symbol);
    for (;;) {
      const s = states[i]!;
      if (s === -1) return -1;
      if (s === state && this.symbols[i] === symbol) return this.targets[i]!;
      i = (i + 1) & this.mask;
    }
  }

  set(state: number, symbol: number, target: number): void {
    // Keep the load factor at or below one half so probes stay short.
    if ((this.count + 1) * 2 > this.states.length) this.grow();
    let i = this.slot(state, symbol);
    while (this.states[i] !== -1) i = (i + 1) & this.mask;
    this.states[i] = state;
    this.symbols[i] = symbol;
    this.targets[i] = target;
    this.count++;
  }

  private grow(): void {
    const { states, symbols, targets } = this;
    this.states = new Int32Array(states.length * 2).fill(-1);
    this.symbols = new Int32Array(states.length * 2);
    this.targets = new Int32Array(states.length * 2);
    this.mask = this.states.length - 1;
    this.count = 0;
    for (let i = 0; i < states.length; i++) {
      if (states[i] !== -1) this.set(states[i]!, symbols[i]!, targets[i]!);
    }
  }

  /** Bytes held, for the memory benchmark. */
  get byteLength(): number {
    return this.states.byteLength * 3;
  }
}

/** Maps arbitrary symbols to dense ids 1..n; 0 means "not in any pattern". */
class Alphabet {
  private readonly bmp = new Int32Array(0x10000);
  private readonly rest = new Map<number, number>();
  size = 0;

  idOf(symbol: number): number {
    return symbol >= 0 && symbol < 0x10000 ? this.bmp[symbol]! : (this.rest.get(symbol) ?? 0);
  }

  add(symbol: number): number {
    const known = this.idOf(symbol);
    if (known !== 0) return known;
    const id = ++this.size;
    if (symbol >= 0 && symbol < 0x10000) this.bmp[symbol] = id;
    else this.rest.set(symbol, id);
    return id;
  }
}

/** An Aho-Corasick matcher with its memory footprint, for benchmarks. */
export interface AhoCorasickMatcher extends Matcher {
  /** Trie states, the root included. */
  readonly states: number;
  /** Bytes held by the automaton's typed arrays. */
  readonly byteLength: number;
}

/**
 * The production matcher: an Aho-Corasick automaton. Scanning costs one transition (plus
 * amortised failure steps) per symbol and one step per occurrence reported, whatever the
 * number of patterns, which is what keeps `record()` flat from a thousand to a million canaries.
 *
 * @param patterns - The patterns as symbol sequences; duplicates are all reported.
 * @returns The matcher.
 */
export const createAhoCorasickMatcher = (
  patterns: readonly ArrayLike<number>[],
  options: { readonly depths?: boolean } = {},
): AhoCorasickMatcher => {
  const alphabet = new Alphabet();
  let totalSymbols = 0;
  for (const pattern of patterns) totalSymbols += pattern.length;
  const edges = new EdgeTable(totalSymbols);
  const rootSymbols: number[] = [];
  const firstChild = new IntBuffer(totalSymbols + 1, -1);
  const nextSibling = new IntBuffer(totalSymbols + 1, -1);
  const nodeSymbol = new IntBuffer(totalSymbols + 1, 0);
  const outHead = new IntBuffer(totalSymbols + 1, -1);
  const outNext = new Int32Array(patterns.length).fill(-1);
  firstChild.push(-1);
  nextSibling.push(-1);
  nodeSymbol.push(0);
  outHead.push(-1);
  let rootNext = new Int32Array(0);

  const child = (state: number, symbol: number): number =>
    state === 0 ? (rootNext[symbol] ?? 0) || -1 : edges.get(state, symbol);

  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) throw new RangeError('empty pattern');
    let state = 0;
    for (let k = 0; k < pattern.length; k++) {
      const symbol = alphabet.add(pattern[k]!);
      if (rootNext.length <= alphabet.size) {
        const grown = new Int32Array(Math.max(16, alphabet.size * 2));
        grown.set(rootNext);
        rootNext = grown;
      }
      let next = child(state, symbol);
      if (next === -1) {
        next = firstChild.push(-1);
        nextSibling.push(firstChild.data[state]!);
        nodeSymbol.push(symbol);
        outHead.push(-1);
        firstChild.data[state] = next;
        if (state === 0) {
          rootNext[symbol] = next;
          rootSymbols.push(symbol);
        } else edges.set(state, symbol, next);
      }
      state = next;
    }
    outNext[id] = outHead.data[state]!;
    outHead.data[state] = id;
  });

  const states = firstChild.length;
  const fail = new Int32Array(states);
  const dict = new Int32Array(states).fill(-1);
  const out = outHead.trimmed();
  const queue = new Int32Array(states);
  // Depths only for matchers that scan choices (phonetic keys): the text automaton at a million
  // canaries has millions of states and never needs them.
  const depth = options.depths ? new Int32Array(states) : undefined;
  let head = 0;
  let tail = 0;
  for (let v = firstChild.data[0]!; v !== -1; v = nextSibling.data[v]!) queue[tail++] = v;
  if (depth) for (let i = 0; i < tail; i++) depth[queue[i]!] = 1;
  while (head < tail) {
    const u = queue[head++]!;
    for (let v = firstChild.data[u]!; v !== -1; v = nextSibling.data[v]!) {
      if (depth) depth[v] = depth[u]! + 1;
      const symbol = nodeSymbol.data[v]!;
      let f = fail[u]!;
      let target = child(f, symbol);
      while (target === -1 && f !== 0) {
        f = fail[f]!;
        target = child(f, symbol);
      }
      const failState = target === -1 ? 0 : target;
      fail[v] = failState;
      dict[v] = out[failState] !== -1 ? failState : dict[failState]!;
      queue[tail++] = v;
    }
  }

  // Below the first few levels almost every state has exactly one child (tags are random, names
  // short), and its child is the next state id (patterns are inserted one after another). Such
  // states keep their transition inline, indexed by state; the hash table keeps only the
  // transitions of branching states. At a million canaries this shrinks the table from hundreds
  // of megabytes to tens and turns most steps into reads of neighbouring array slots.
  const onlySymbol = new Int32Array(states); // 0: a leaf; -1: several children (see `branching`)
  const onlyNext = new Int32Array(states);
  let branchingEdges = 0;
  for (let u = 1; u < states; u++) {
    const c = firstChild.data[u]!;
    if (c !== -1 && nextSibling.data[c] !== -1) {
      for (let v = c; v !== -1; v = nextSibling.data[v]!) branchingEdges++;
    }
  }
  const branching = new EdgeTable(branchingEdges);
  for (let u = 1; u < states; u++) {
    const c = firstChild.data[u]!;
    if (c === -1) continue;
    if (nextSibling.data[c] === -1) {
      onlySymbol[u] = nodeSymbol.data[c]!;
      onlyNext[u] = c;
    } else {
      onlySymbol[u] = -1;
      for (let v = c; v !== -1; v = nextSibling.data[v]!) branching.set(u, nodeSymbol.data[v]!, v);
    }
  }

  /** The state after `symbol` (a known symbol id) from `from`, following failure links. */
  const step = (from: number, symbol: number): number => {
    let state = from;
    for (;;) {
      if (state === 0) return rootNext[symbol]!;
      const only = onlySymbol[state]!;
      if (only === symbol) return onlyNext[state]!;
      if (only === -1) {
        const next = branching.get(state, symbol);
        if (next !== -1) return next;
      }
      state = fail[state]!;
    }
  };
  return {
    name: 'aho-corasick',
    size: patterns.length,
    states,
    byteLength:
      branching.byteLength +
      onlySymbol.byteLength +
      onlyNext.byteLength +
      fail.byteLength +
      dict.byteLength +
      out.byteLength +
      outNext.byteLength +
      rootNext.byteLength,
    ...(depth
      ? {
          scanChoices(symbols, starts, onMatch) {
            let state = 0;
            for (let i = 0; i + 1 < starts.length; i++) {
              const first = starts[i]!;
              const end = starts[i + 1]!;
              if (end - first === 1) {
                const symbol = alphabet.idOf(symbols[first]!);
                state = symbol === 0 ? 0 : step(state, symbol);
              } else {
                // Of the readings a character may have, follow the one that continues the
                // longest partial match (都 read du after 阿卜, not dou): greedy, one state, linear.
                let best = -1;
                for (let k = first; k < end; k++) {
                  const symbol = alphabet.idOf(symbols[k]!);
                  if (symbol === 0) continue;
                  const next = step(state, symbol);
                  if (best === -1 || depth[next]! > depth[best]!) best = next;
                }
                state = best === -1 ? 0 : best;
              }
              let emit = out[state] !== -1 ? state : dict[state]!;
              while (emit > 0) {
                for (let id = out[emit]!; id !== -1; id = outNext[id]!) onMatch(id, i + 1);
                emit = dict[emit]!;
              }
            }
          },
        }
      : {}),
    scan(symbols, length, onMatch) {
      let state = 0;
      for (let i = 0; i < length; i++) {
        const symbol = alphabet.idOf(symbols[i]!);
        if (symbol === 0) {
          state = 0;
          continue;
        }
        for (;;) {
          if (state === 0) {
            state = rootNext[symbol]!;
            break;
          }
          const only = onlySymbol[state]!;
          if (only === symbol) {
            state = onlyNext[state]!;
            break;
          }
          if (only === -1) {
            const next = branching.get(state, symbol);
            if (next !== -1) {
              state = next;
              break;
            }
          }
          state = fail[state]!;
        }
        let emit = out[state] !== -1 ? state : dict[state]!;
        while (emit > 0) {
          for (let id = out[emit]!; id !== -1; id = outNext[id]!) onMatch(id, i + 1);
          emit = dict[emit]!;
        }
      }
    },
  };
};
