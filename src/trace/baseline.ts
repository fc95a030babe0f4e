/**
 * The background rate of random contacts and the tests against it.
 *
 * Never-published numbers still get random calls, in storms, and some lines get none: counts per
 * line are overdispersed, so a plain Poisson model calls too many clean sources leaky. Counts are
 * modelled as negative binomial (a gamma mixture of Poisson rates), fitted by the method of
 * moments on the lines that were never handed out (controls, and pool numbers during burn-in).
 */

/** Observed background on one line: contacts over days watched. */
export interface LineObservation {
  readonly contacts: number;
  readonly days: number;
}

/** A fitted background: mean contacts per line-day and the negative binomial size. */
export interface Background {
  /** Contacts per line per day. */
  readonly ratePerDay: number;
  /** The negative binomial size r (smaller is more overdispersed); `Infinity` is Poisson. */
  readonly size: number;
  /** Lines and line-days the fit rests on. */
  readonly lines: number;
  readonly lineDays: number;
  /**
   * Whether the rate was measured: watched on at least as many line-days as the prior's weight
   * (`priorLineDays`, {@link PRIOR_LINE_DAYS} by default). When `false`, `ratePerDay` rests mostly
   * on the assumed prior rate (`priorRatePerDay`), weak contacts alone convict nobody, and a report
   * must say the background was not measured rather than print the rate as a finding.
   */
  readonly measured: boolean;
}

/**
 * The weight of the prior background rate, in watched line-days: 30 (one line watched for a
 * month). It is also the least a background must have been measured on for weak contacts alone to
 * convict (`judgeSources`): below it, the rate tested against rests more on the prior than on
 * anything watched.
 */
export const PRIOR_LINE_DAYS = 30;

/**
 * Fits the background by the method of moments. With mean μᵢ = λ·daysᵢ on line i, the negative
 * binomial variance is μᵢ + μᵢ²/r, so 1/r = Σ((xᵢ − μᵢ)² − μᵢ) / Σμᵢ², floored at 0 (Poisson).
 *
 * @param lines - Per control line: contacts and days watched.
 * @param prior - The rate to assume when nothing was watched (per line-day).
 * @param dispersion - The prior size r (0.5: honeypot lines see storms and silences) and how many
 *   lines' worth of weight it carries against the observed overdispersion (10).
 * @param priorLineDays - The line-days' worth of weight `prior` carries against the observed rate
 *   (30): the rate is (contacts + prior × priorLineDays) / (line-days + priorLineDays).
 * @returns The fitted background.
 */
export function fitBackground(
  lines: readonly LineObservation[],
  prior = 1 / 8,
  dispersion: { readonly size: number; readonly lines: number } = { size: 0.5, lines: 10 },
  priorLineDays = PRIOR_LINE_DAYS,
): Background {
  const watched = lines.filter((l) => l.days > 0);
  const lineDays = watched.reduce((sum, l) => sum + l.days, 0);
  if (lineDays === 0)
    return { ratePerDay: prior, size: dispersion.size, lines: 0, lineDays: 0, measured: false };
  // The rate's gamma prior: mean `prior`, as much weight as `priorLineDays` watched line-days.
  const rate =
    (watched.reduce((sum, l) => sum + l.contacts, 0) + prior * priorLineDays) / (lineDays + priorLineDays);
  let excess = 0;
  let squares = 0;
  for (const l of watched) {
    const mean = rate * l.days;
    excess += (l.contacts - mean) ** 2 - mean;
    squares += mean * mean;
  }
  const observed = squares > 0 ? Math.max(0, excess / squares) : 0;
  // A handful of control lines says little about storms: shrink 1/r towards the prior's as if
  // `dispersion.lines` lines had shown it, so a few calm controls never make the test bold.
  const weight = watched.length / (watched.length + dispersion.lines);
  const inverseSize =
    weight * observed + (1 - weight) * (Number.isFinite(dispersion.size) ? 1 / dispersion.size : 0);
  return {
    ratePerDay: rate,
    size: inverseSize === 0 ? Number.POSITIVE_INFINITY : 1 / inverseSize,
    lines: watched.length,
    lineDays,
    measured: lineDays >= priorLineDays,
  };
}

/**
 * P(X ≥ k) for X negative binomial with the given mean and size (Poisson when size is infinite),
 * summing the probability mass below k by its recurrence.
 */
export function upperTail(k: number, mean: number, size: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  let term: number;
  let below = 0;
  if (!Number.isFinite(size)) {
    term = Math.exp(-mean);
    for (let x = 0; x < k; x++) {
      below += term;
      term *= mean / (x + 1);
    }
  } else {
    const p = mean / (size + mean);
    term = Math.exp(size * Math.log(size / (size + mean)));
    for (let x = 0; x < k; x++) {
      below += term;
      term *= ((x + size) / (x + 1)) * p;
    }
  }
  return Math.min(1, Math.max(0, 1 - below));
}

/**
 * Benjamini–Hochberg adjusted p-values (q-values): controls the false discovery rate when many
 * sources are tested at once.
 *
 * @param pValues - One p-value per test.
 * @returns The adjusted values, in the input's order.
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const n = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const adjusted = new Array<number>(n);
  let running = 1;
  for (let rank = n; rank >= 1; rank--) {
    const [p, i] = order[rank - 1]!;
    running = Math.min(running, (p * n) / rank);
    adjusted[i] = running;
  }
  return adjusted;
}

/**
 * The chance that k independent chances multiply to as little as these do when none of them
 * points at anything (each uniform): Fisher's method, P(χ²₂ₖ ≥ −2 ln t) = t · Σⱼ₍ⱼ₌₀…ₖ₋₁₎
 * (−ln t)ʲ / j!, where t is their product (R. A. Fisher, Statistical Methods for Research
 * Workers, 1925, §21.1). Several weak coincidences are not the evidence their product suggests:
 * four chances of 0.25 multiply to 0.004, but four uniforms do so with chance 0.2.
 *
 * @param chances - Independent chances in (0, 1].
 * @returns Their combined chance (1 for none).
 * @example
 * combinedChance([0.25, 0.25, 0.25, 0.25]); // ≈ 0.196
 */
export function combinedChance(chances: readonly number[]): number {
  if (chances.length === 0) return 1;
  let logT = 0;
  for (const c of chances) logT += Math.log(Math.min(1, Math.max(c, 1e-300)));
  if (!(logT < 0)) return 1;
  const x = -logT;
  // log Σ xʲ / j!, term by term in logs.
  let logTerm = 0;
  let logSum = 0;
  for (let j = 1; j < chances.length; j++) {
    logTerm += Math.log(x) - Math.log(j);
    logSum =
      logSum > logTerm
        ? logSum + Math.log1p(Math.exp(logTerm - logSum))
        : logTerm + Math.log1p(Math.exp(logSum - logTerm));
  }
  return Math.min(1, Math.exp(logT + logSum));
}

// Lanczos coefficients (g = 7, n = 9): 15 significant digits over the positive reals.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, reflected below ½). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln P(X = k) for X negative binomial with the given mean and size (Poisson when infinite). */
export function logProbability(k: number, mean: number, size: number): number {
  if (mean <= 0) return k === 0 ? 0 : Number.NEGATIVE_INFINITY;
  if (!Number.isFinite(size)) return k * Math.log(mean) - mean - logGamma(k + 1);
  return (
    logGamma(k + size) -
    logGamma(size) -
    logGamma(k + 1) +
    // log(size / (size + mean)) = −log1p(mean / size): exact for a mean far below the size.
    size * -Math.log1p(mean / size) +
    k * Math.log(mean / (size + mean))
  );
}

/**
 * The posterior probability that a source leaked, given `k` weak contacts: a two-group model in
 * which a clean source's count is the background (mean `expected`) and a leaky source's is the
 * background plus its buyers' calls (mean `expected + leakExpected`), both negative binomial with
 * the background's size, and a prior `prior` that a source leaks. A small prior shrinks every
 * source towards "never leaked", so a storm on one line needs far more calls to convict than a
 * p-value alone would ask.
 *
 * @returns P(leaked | k) in [0, 1].
 */
export function leakPosterior(
  k: number,
  expected: number,
  leakExpected: number,
  size: number,
  prior: number,
): number {
  if (prior <= 0) return 0;
  if (prior >= 1) return 1;
  const clean = logProbability(k, expected, size);
  const leaky = logProbability(k, expected + leakExpected, size);
  if (leaky === Number.NEGATIVE_INFINITY) return 0;
  if (clean === Number.NEGATIVE_INFINITY) return 1;
  return 1 / (1 + ((1 - prior) / prior) * Math.exp(clean - leaky));
}
