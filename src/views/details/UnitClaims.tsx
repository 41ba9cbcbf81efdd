import type { Claim } from "../../model";
import type { Unit } from "../../model";
import { useShownModel } from "../app/shown-model";
import { ClaimItem } from "../common/ClaimItem";

const ORDER: Claim["kind"][] = ["task", "capability", "fact", "event", "position", "assessment"];

/** Tasks first, then the other statements about the unit, each with status and source. */
export function UnitClaims({ unit }: { unit: Unit }) {
  const { index } = useShownModel();
  const claims = [...(index.claimsAbout.get(unit.id) ?? [])].sort(
    (a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind),
  );
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="details-claims">
      <h3 id="details-claims">Tasks and statements</h3>
      <ul className="claim-list">
        {claims.map((claim) => (
          <ClaimItem key={claim.id} claim={claim} />
        ))}
      </ul>
    </section>
  );
}
