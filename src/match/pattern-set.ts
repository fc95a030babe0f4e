import { createAhoCorasickMatcher } from './aho-corasick-matcher.js';
import type { Matcher, MatcherFactory } from './matcher.js';

/**
 * A growing set of patterns, each with the owners it stands for, scanned in one pass.
 *
 * New patterns go to a small delta automaton, rebuilt on the next scan; when the delta
 * reaches a sixteenth of the main automaton (at least 4,096 patterns) both are merged into
 * a new main one. Rebuilding the main automaton thus costs a constant amortised amount per
 * pattern added, and a scan always costs two passes whatever the number of patterns.
 */
export class PatternSet<Owner> {
  private readonly ids = new Map<string, number>();
  // Keys are kept as strings and turned into symbols only while an automaton is built: a million
  // small typed arrays would cost more than the automaton itself and slow every collection.
  private readonly keys: string[] = [];
  private readonly lengths: number[] = [];
  /** Owners by pattern id. */
  readonly owners: Owner[][] = [];
  private main: Matcher | undefined;
  private mainCount = 0;
  private delta: Matcher | undefined;
  private deltaCount = 0;

  /**
   * @param toSymbols - Turns a key into its symbols (code points, syllable ids).
   * @param factory - Builds a matcher; Aho-Corasick unless a test or benchmark swaps it.
   */
  constructor(
    private readonly toSymbols: (key: string) => ArrayLike<number>,
    private readonly factory: MatcherFactory = createAhoCorasickMatcher,
  ) {}

  /** Patterns held. */
  get size(): number {
    return this.keys.length;
  }

  /** The pattern id of a key, if present. */
  idOf(key: string): number | undefined {
    return this.ids.get(key);
  }

  /** The length in symbols of a pattern. */
  lengthOf(id: number): number {
    return this.lengths[id]!;
  }

  /**
   * Adds an owner to a key, creating the pattern on first sight.
   *
   * @returns The pattern id.
   */
  add(key: string, owner: Owner): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      const length = this.toSymbols(key).length;
      if (length === 0) return -1;
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.lengths.push(length);
      this.owners.push([]);
    }
    this.owners[id]!.push(owner);
    return id;
  }

  /** Builds what is pending now rather than on the next scan (after a bulk load). */
  build(): void {
    const pending = this.keys.length - this.mainCount;
    if (pending === 0) return;
    if (pending >= Math.max(4096, this.mainCount / 16) || this.main === undefined) {
      this.delta = undefined;
      this.main = this.factory(this.keys.map(this.toSymbols));
      this.mainCount = this.keys.length;
      this.deltaCount = 0;
    } else if (this.deltaCount !== pending) {
      this.delta = this.factory(this.keys.slice(this.mainCount).map(this.toSymbols));
      this.deltaCount = pending;
    }
  }

  /**
   * Reports `(patternId, end)` for occurrences when each position offers several symbols:
   * position `i` offers `symbols[starts[i] .. starts[i + 1])`.
   */
  scanChoices(
    symbols: ArrayLike<number>,
    starts: ArrayLike<number>,
    onMatch: (id: number, end: number) => void,
  ): void {
    if (this.keys.length !== this.mainCount + this.deltaCount) this.build();
    const positions = starts.length - 1;
    const scanOne = (matcher: Matcher | undefined, offset: number): void => {
      if (!matcher) return;
      const shifted = (id: number, end: number): void => onMatch(id + offset, end);
      if (matcher.scanChoices) matcher.scanChoices(symbols, starts, shifted);
      else {
        const first = Int32Array.from({ length: positions }, (_, i) => symbols[starts[i]!]!);
        matcher.scan(first, positions, shifted);
      }
    };
    scanOne(this.main, 0);
    scanOne(this.delta, this.mainCount);
  }

  /** Reports `(patternId, end)` for every occurrence in `input[0..length)`. */
  scan(input: ArrayLike<number>, length: number, onMatch: (id: number, end: number) => void): void {
    if (this.keys.length !== this.mainCount + this.deltaCount) this.build();
    this.main?.scan(input, length, onMatch);
    const offset = this.mainCount;
    this.delta?.scan(input, length, (id, end) => onMatch(id + offset, end));
  }
}
