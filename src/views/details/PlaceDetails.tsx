// A place picked on the map: what it is, the units based there or rotating through it, the
// events the sources place there, and where its coordinates come from.
import type { Place } from "../../model";
import { linesOfEffort, supportedNations } from "../../model/lines-of-effort";
import { useShownModel } from "../app/shown-model";
import { Citations } from "../common/Citations";
import { formatIsoDate } from "../common/labels";
import { StatusBadge } from "../common/StatusBadge";
import { UnitLink } from "../common/UnitLink";
import { ClaimItem } from "../common/ClaimItem";
import { SourceList } from "./SourceList";
import { useAtlas } from "../../state/store";

const KIND: Record<NonNullable<Place["kind"]>, string> = {
  capital: "Capital city",
  city: "City",
  port: "Port",
  "military-site": "Military site",
};

export function PlaceDetails({ place }: { place: Place }) {
  const { index, sources, resolved } = useShownModel();
  const selectNation = useAtlas((s) => s.selectNation);
  const units = resolved.units.filter((u) => u.place === place.id);
  const seats = resolved.units.flatMap((u) =>
    (u.rotation?.seats ?? []).filter((s) => s.place === place.id).map((seat) => ({ unit: u, seat })),
  );
  const claims = resolved.claims.filter((c) => c.place === place.id);
  const country = place.country ? index.nations.get(place.country) : undefined;
  const cited = new Set<string>(place.sources ?? []);
  units.forEach((u) => u.sources.forEach((s) => cited.add(s)));
  seats.forEach(({ seat }) => seat.sources.forEach((s) => cited.add(s)));
  claims.forEach((c) => c.sources.forEach((s) => cited.add(s)));
  // A supported nation's port is on the map for the sea line of effort (as layout/map.ts draws
  // it): that line's status and sources stand behind it, as the port's own note says.
  const seaLine =
    place.kind === "port" && place.country && supportedNations(resolved).includes(place.country)
      ? linesOfEffort(resolved, "sea")[0]
      : undefined;
  seaLine?.sources.forEach((s) => cited.add(s));
  return (
    <article className="place-details">
      <p className="eyebrow">{place.kind ? KIND[place.kind] : "Place"}</p>
      <h2 id="details-title" className="panel-title" tabIndex={-1}>
        {place.name}
      </h2>
      <p>
        {country ? (
          <>
            In{" "}
            <button type="button" className="link-button" onClick={() => selectNation(country.code)}>
              {country.name}
            </button>
            .{" "}
          </>
        ) : place.country ? (
          `In ${place.country}. `
        ) : null}
        {place.note}
      </p>
      <p className="hint">
        Shown at {Math.abs(place.lat).toFixed(3)}° {place.lat >= 0 ? "N" : "S"},{" "}
        {Math.abs(place.lon).toFixed(3)}° {place.lon >= 0 ? "E" : "W"}:{" "}
        {place.kind === "capital" || place.kind === "city" ? "the city’s" : "the place’s"} coordinates; the
        sources give no more precise site.{" "}
        {place.sources && place.sources.length > 0 && <Citations ids={place.sources} sources={sources} />}
      </p>
      {(units.length > 0 || seats.length > 0) && (
        <section aria-labelledby="details-here">
          <h3 id="details-here">Here</h3>
          <ul className="role-list">
            {seats.map(({ unit, seat }) => (
              <li key={`${unit.id}-${seat.from}`}>
                <UnitLink unit={unit} />: seat from {formatIsoDate(seat.from)} until{" "}
                {formatIsoDate(seat.until)} <StatusBadge status={seat.status} />{" "}
                <Citations ids={seat.sources} sources={sources} facts={seat.facts} />
                {seat.note && <div className="note">{seat.note}</div>}
              </li>
            ))}
            {units.map((unit) => (
              <li key={unit.id}>
                <UnitLink unit={unit} /> <StatusBadge status={unit.status} />{" "}
                <Citations ids={unit.sources} sources={sources} facts={unit.facts} />
                {unit.condition && (
                  <div className="note">
                    <strong>Condition:</strong> {unit.condition}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {seaLine && (
        <section aria-labelledby="details-sea">
          <h3 id="details-sea">Why it is on the map</h3>
          <p>
            For the <UnitLink unit={seaLine} /> <StatusBadge status={seaLine.status} />, whose passage runs to
            and from these ports. <Citations ids={seaLine.sources} sources={sources} facts={seaLine.facts} />
          </p>
        </section>
      )}
      {claims.length > 0 && (
        <section aria-labelledby="details-events">
          <h3 id="details-events">Events here</h3>
          <ul className="claim-list">
            {claims.map((claim) => (
              <ClaimItem key={claim.id} claim={claim} />
            ))}
          </ul>
        </section>
      )}
      <SourceList ids={[...cited]} />
    </article>
  );
}
