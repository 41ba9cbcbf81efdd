// TypeScript types, inferred from the zod schema so they can never drift from it.
import type { z } from "./zod";
import type {
  Claim,
  CommandModel,
  Commander,
  Nation,
  OtherContributors,
  Place,
  Relation,
  Role,
  Rotation,
  RotationSeat,
  Source,
  Stage,
  Story,
  StoryStep,
  Unit,
  COLLECTIONS,
  DOMAINS,
  ECHELONS,
  RELATION_KINDS,
  ROLES,
  STATUSES,
  UNIT_KINDS,
  CLAIM_KINDS,
  GRADES,
} from "./schema";

export type Model = z.output<typeof CommandModel>;
export type ModelInput = z.input<typeof CommandModel>;
export type Source = z.output<typeof Source>;
export type Place = z.output<typeof Place>;
export type Nation = z.output<typeof Nation>;
export type Role = z.output<typeof Role>;
export type Unit = z.output<typeof Unit>;
export type Relation = z.output<typeof Relation>;
export type Claim = z.output<typeof Claim>;
export type Stage = z.output<typeof Stage>;
export type Commander = z.output<typeof Commander>;
export type Rotation = z.output<typeof Rotation>;
export type RotationSeat = z.output<typeof RotationSeat>;
export type OtherContributors = z.output<typeof OtherContributors>;
export type Story = z.output<typeof Story>;
export type StoryStep = z.output<typeof StoryStep>;

export type Status = (typeof STATUSES)[number];
export type RoleKind = (typeof ROLES)[number];
export type UnitKind = (typeof UNIT_KINDS)[number];
export type Domain = (typeof DOMAINS)[number];
export type Echelon = (typeof ECHELONS)[number];
export type RelationKind = (typeof RELATION_KINDS)[number];
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Grade = (typeof GRADES)[number];
export type Collection = (typeof COLLECTIONS)[number];

/** A problem found in a model, with a JSON pointer (RFC 6901) to the place to fix. */
export type Problem = { pointer: string; message: string };
