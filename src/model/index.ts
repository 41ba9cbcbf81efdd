// The model's public face for the app: types, word lists, stages and dates. Nothing here loads
// zod, so the app's first load can import it freely. Validation (zod schemas and integrity
// checks) is imported from validate.ts and integrity.ts directly, where models are checked:
// the validation worker (src/load/validation.worker.ts), scripts and tests.
export {
  STATUSES,
  ROLES,
  UNIT_KINDS,
  DOMAINS,
  ECHELONS,
  RELATION_KINDS,
  CLAIM_KINDS,
  COLLECTIONS,
  STORY_VIEWS,
  GRADES,
} from "./vocabulary";
export type * from "./types";
export { isoDateValue } from "./dates";
export type { Validation } from "./validate";
export {
  GRADE_LABEL,
  NOT_GRADED,
  citationLabel,
  fullCitation,
  gradeRank,
  gradeWords,
  isWeaklySourced,
  outletName,
  sourcesByStrength,
  statementsOf,
  strongestGrade,
  weaklySourcedStatements,
  withoutWeaklySourced,
} from "./grades";
export type { Statement, WithoutWeak } from "./grades";
export {
  resolveStage,
  diffStages,
  defaultStageId,
  stageName,
  compareStages,
  comparePairFor,
  formatComparePair,
  parseComparePair,
  stagesByDate,
  stageUnion,
} from "./stages";
export type {
  ChangeKind,
  ChangeMarks,
  ComparePair,
  CompareProblem,
  Difference,
  ItemChange,
  ItemMark,
  ResolvedModel,
  StageComparison,
  StageDiff,
} from "./stages";
export { withStatuses } from "./status-filter";
export { statementsBySource, stagesCitingSources } from "./citations";
export type { CitedStatement } from "./citations";
export type { WithStatuses } from "./status-filter";
export { creditWords, sourceCredits, sourceLine } from "./credits";
export type { SourceCredit } from "./credits";
export { checkStory, playableStory } from "./story";
export type { PlayableStory } from "./story";
