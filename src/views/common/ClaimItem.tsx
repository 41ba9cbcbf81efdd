import type { Claim } from "../../model";
import { useShownModel } from "../app/shown-model";
import { Citations } from "./Citations";
import { CLAIM_KIND_LABEL, formatIsoDate } from "./labels";
import { StatusBadge } from "./StatusBadge";

export function ClaimItem({ claim }: { claim: Claim }) {
  const { index, sources } = useShownModel();
  const place = claim.place ? index.places.get(claim.place)?.name : undefined;
  return (
    <li className={`claim claim-${claim.kind} status-${claim.status}`}>
      <span className="claim-kind">{CLAIM_KIND_LABEL[claim.kind]}</span>
      {(claim.date || place) && (
        <span className="claim-when">
          {" "}
          · {[claim.date && formatIsoDate(claim.date), place].filter(Boolean).join(", ")}
        </span>
      )}
      <p className="claim-text">{claim.text}</p>
      <StatusBadge status={claim.status} />{" "}
      <Citations ids={claim.sources} sources={sources} facts={claim.facts} />
    </li>
  );
}
