// The model's public face: types, validation, integrity and stages. The zod schemas stay in
// schema.ts (imported directly where needed) so their names do not clash with the types.
export {
  STATUSES,
  ROLES,
  UNIT_KINDS,
  DOMAINS,
  ECHELONS,
  RELATION_KINDS,
  CLAIM_KINDS,
  COLLECTIONS,
  GRADES,
} from "./schema";
export type * from "./types";
export { checkIntegrity, isoDateValue } from "./integrity";
export { parseModelText, validateModel } from "./validate";
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
