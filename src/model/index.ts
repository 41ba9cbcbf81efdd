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
  STORY_VIEWS,
  GRADES,
} from "./schema";
export type * from "./types";
export { checkIntegrity, checkStory, isoDateValue } from "./integrity";
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
export { resolveStage, diffStages, defaultStageId } from "./stages";
export type { ResolvedModel, StageDiff } from "./stages";
export { playableStory } from "./story";
export type { PlayableStory } from "./story";
