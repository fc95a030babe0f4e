/**
 * The public shape of an analysis: what `analyze()` returns, stage by stage.
 */
import type { MergeContributor } from './accusation.js';
import type { Actor } from './actors.js';
import type { Background } from './baseline.js';

/** How sure we are a source leaked. */
export type SourceStatus = 'leaked' | 'suspected' | 'clean' | 'legitimate-only';

/** One piece of evidence against a source. */
export interface SourceEvidence {
  /**
   * `decisive`: an unguessable field was used; `merge`: revealed with other sources; `actor`: a
   * call of a campaign whose lines this source explains better than chance (its records were
   * bought, even cleaned); `pool-number`: a weak hit, weighed against the background.
   */
  readonly kind: 'decisive' | 'merge' | 'actor' | 'pool-number';
  /** The actor whose calls make `actor` evidence. */
  readonly actorId?: string;
  readonly contactId: string;
  readonly at: Date;
  readonly subjectId: string;
  /**
   * The chance that this contact reached the source's canary though the source never gave it
   * away: by guessing, by a random call, or through another holder of the same value.
   */
  readonly falseAccusation: number;
}

/** What the analysis says of one source. */
export interface SourceFinding {
  readonly sourceId: string;
  readonly status: SourceStatus;
  /** The first contact that used the source's canary unexpectedly, when it leaked or is suspected. */
  readonly firstLeakAt: Date | null;
  /** Full days from issuing that canary to its first leak. */
  readonly lagDays: number | null;
  /** Subjects whose canaries of this source leaked, of all subjects holding one ("12 of 40"). */
  readonly subjects: { readonly leaked: number; readonly total: number };
  /** Contacts that reached the source's canaries only through pool numbers. */
  readonly weakContacts: number;
  /** Background contacts expected on those numbers over their exposure. */
  readonly expectedBackground: number;
  /**
   * Weak contacts the proven leakers sharing those numbers explain (their buyers' calls that said
   * no name): tested as expected, so only the excess over background and leakers counts.
   */
  readonly explainedByLeakers: number;
  /** P(at least `weakContacts` by chance), negative binomial; `null` when untested. */
  readonly pValue: number | null;
  /** The Benjamini–Hochberg adjusted p-value across sources. */
  readonly qValue: number | null;
  /**
   * P(the source leaked | its evidence), shrunk towards "most registrants never leak" by the
   * prior `baseline.leak.prior`; `null` when nothing was seen against it (no contact on its
   * canaries): the prior alone is not a finding.
   */
  readonly posterior: number | null;
  /** Contacts from the source's own declared senders. */
  readonly legitimateContacts: number;
  /**
   * The source's own contacts from senders it did not declare, by id (counted among
   * `legitimateContacts`): its texts repeated, or its staff's own words about what the person
   * deals with it about, from a staff member's phone most likely. Not a leak on their own and no
   * part of `evidence`; the source is asked to confirm the numbers, and beside other evidence of a
   * leak they are worth a second look (a buyer may pass as the source's staff).
   */
  readonly ownContactsFromUndeclaredSenders: readonly string[];
  readonly evidence: readonly SourceEvidence[];
  /** Actors that used the source's canaries. */
  readonly actorIds: readonly string[];
  /** Brokers the source is linked to. */
  readonly brokerIds: readonly string[];
}

/** An inferred holder of leaked records between sources and actors. */
export interface Broker {
  readonly id: string;
  readonly sourceIds: readonly string[];
  readonly actorIds: readonly string[];
  /** How sure we are that one holder has all these sources' records, in [0, 1]. */
  readonly confidence: number;
  readonly evidence: readonly {
    readonly kind: 'merge' | 'shared-actor' | 'single-source';
    readonly id: string;
  }[];
}

/** One edge of the chain graph. */
export interface ChainEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: 'source-broker' | 'broker-actor' | 'actor-number';
  readonly firstSeen: Date;
  readonly evidence: number;
}

/** One event on a source's timeline. */
export interface TimelineEvent {
  readonly sourceId: string;
  readonly at: Date;
  /** `first-leak`; `new-actor`; `wave`: a new actor after a quiet spell (a resale). */
  readonly kind: 'first-leak' | 'new-actor' | 'wave';
  readonly actorId?: string;
}

/** A merged record: a contact revealing several sources' canaries, each contributor scored. */
export interface MergeFinding {
  readonly contactId: string;
  readonly at: Date;
  readonly subjectId: string;
  /** The sources whose canaries it carried, strongest evidence first. */
  readonly contributors: readonly MergeContributor[];
}

/** What the test of weak evidence assumes of a source that leaked. */
export interface LeakModel {
  /** P(a source leaks) before its evidence is seen. */
  readonly prior: number;
  /** The buyers' contacts per canary-day on a leaked source's pool numbers, over the background. */
  readonly ratePerDay: number;
  /** Sources that leaked decisively and so measured `ratePerDay`; 0 when it is the default. */
  readonly measuredOn: number;
}

/** The analysis of a tracer's contacts. */
export interface Analysis {
  readonly sources: readonly SourceFinding[];
  readonly actors: readonly Actor[];
  readonly brokers: readonly Broker[];
  readonly edges: readonly ChainEdge[];
  readonly timeline: readonly TimelineEvent[];
  /** Every merged record with its contributors scored. */
  readonly merges: readonly MergeFinding[];
  /**
   * The background per channel group, fitted on controls and unissued pool numbers, and the
   * model of a leak the posterior weighs it against.
   */
  readonly baseline: { readonly phone: Background; readonly email: Background; readonly leak: LeakModel };
}
