/**
 * @module leaktrace
 *
 * The core of leaktrace: issue canary identities, record contacts, say who leaked. It runs in
 * Node ≥ 20.19 and browsers and imports nothing from `node:`; the SQL stores, importers and
 * the CLI are subpath exports.
 */

export type {
  CaseQuery,
  CloseCaseInput,
  LogLetterInput,
  LogReplyInput,
  NamedPartyInput,
  OpenCaseInput,
} from './cases/case-input.js';
export type {
  Case,
  CaseCanary,
  CaseDeadline,
  CaseIdentifier,
  CaseLetter,
  CaseRecord,
  CaseReply,
  CaseRequest,
  CaseStatus,
  CaseTarget,
  Contradiction,
  Law,
  LetterKind,
  NamedParty,
  NonCompliance,
  ReplyClaim,
} from './cases/case-model.js';
export { CASE_REQUESTS, CASE_STATUSES, LAWS, LETTER_KINDS, REPLY_CLAIMS } from './cases/case-model.js';
export {
  caseDeadline,
  caseTimeZone,
  lengthen,
  type Period,
  REPLY_RULES,
  type ReplyRule,
  regionTimeZone,
  regionZone,
} from './cases/deadlines.js';
export type {
  ActorEvent,
  LeakEvent,
  NonComplianceEvent,
  OverdueEvent,
  TracerEvent,
  TracerEvents,
  TracerListener,
} from './cases/events.js';
export type { TracerCases } from './cases/tracer-cases.js';
export type { ConflictReason, LeaktraceErrorCode, LeaktraceIssue, StoreErrorReason } from './errors.js';
export {
  CaseExistsError,
  ConfigError,
  ConflictError,
  ImportError,
  isCaseExistsError,
  isConfigError,
  isConflictError,
  isImportError,
  isLeaktraceError,
  isRecordManyError,
  isStoreError,
  isValidationError,
  LeaktraceError,
  RecordManyError,
  StoreError,
  ValidationError,
} from './errors.js';
export { type AliasGuessability, assessAliasGuessability } from './identity/alias-guessability.js';
export { subjectAt } from './identity/subject-history.js';
export { MIN_TAG_BITS, TAG_ALPHABET } from './identity/tag.js';
export type { AdoptRequest } from './schemas/adopt-request.js';
export type { AnalyzeRequest } from './schemas/analyze-request.js';
export type { CanaryRequest, FieldRequest } from './schemas/canary-request.js';
export type { ContactInput } from './schemas/contact.js';
export { DEFAULT_CONTENT_LIMIT } from './schemas/contact.js';
export type { LabelInput } from './schemas/label.js';
export type { SourceInput } from './schemas/source.js';
export type { SourceUpdate, SourceUpdateResult } from './schemas/source-update.js';
export type { SubjectInput } from './schemas/subject.js';
export type { SubjectUpdate } from './schemas/subject-update.js';
export { memoryStore } from './stores/memory.js';
export type {
  ChangeToken,
  ContactQuery,
  Store,
  StoreCapabilities,
  StoredContact,
  WriteGuard,
  WriteResult,
} from './stores/store.js';
export type { MergeContributor } from './trace/accusation.js';
export type { Actor, ActorLabel, ActorOptions } from './trace/actors.js';
export type {
  Analysis,
  AnalysisOptions,
  Broker,
  BrokerConfidence,
  ChainEdge,
  LeakModel,
  MergeFinding,
  SourceEvidence,
  SourceFinding,
  SourceStatus,
  TimelineEvent,
} from './trace/analyze.js';
export { ANALYSIS_DEFAULTS } from './trace/analyze.js';
export type { Background } from './trace/baseline.js';
export { blockListCsv, blockListVCard } from './trace/block-list.js';
export { isInferredDealer } from './trace/brokers.js';
export { DEFAULT_NUMBER_RULES, type NumberRule } from './trace/number-rules.js';
export type { Topic } from './trace/topics.js';
export type { RecordManyOptions, Tracer, TracerOptions } from './tracer.js';
export { createTracer } from './tracer.js';
export type {
  Canary,
  CanaryField,
  Channel,
  Contact,
  EmailStrategy,
  FieldKind,
  Hit,
  HitLocation,
  HitMethod,
  Label,
  Locale,
  RecordedItem,
  RecordManyProgress,
  RecordManySummary,
  RecordResult,
  Rejection,
  Source,
  SourceAttribution,
  Subject,
  SubjectEmail,
  SubjectPeriod,
  Verdict,
} from './types.js';
export { VERDICTS } from './types.js';
