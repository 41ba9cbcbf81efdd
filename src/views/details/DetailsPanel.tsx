// Everything about the selected unit: what it is, who leads it, where it sits or rotates,
// when it exists, how it relates to others, its tasks, and the sources for each statement.
import { useEffect, useRef } from "react";
import type { RefObject } from "react";
import type { Unit } from "../../model";
import { useAtlas, withNotice } from "../../state/store";
import type { View } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { PHONE_QUERY, prefersReducedMotion } from "../common/media";
import { Citations, SourceAnchorPrefix } from "../common/Citations";
import { KIND_LABEL, DOMAIN_LABEL } from "../common/labels";
import { StatusBadge } from "../common/StatusBadge";
import { UnitLink } from "../common/UnitLink";
import { OurReading } from "../common/OurReading";
import { HiddenWeakNote } from "./HiddenWeakNote";
import { HiddenStatusNote } from "./HiddenStatusNote";
import { ItemChanges } from "../compare/ItemChanges";
import { ChangeTag } from "../compare/ChangeTag";
import { SourceList } from "./SourceList";
import { UnitNations } from "./UnitNations";
import { UnitLocation } from "./UnitLocation";
import { UnitRelations } from "./UnitRelations";
import { UnitClaims } from "./UnitClaims";
import { NationDetails } from "./NationDetails";
import { PlaceDetails } from "./PlaceDetails";

const VIEW_NAME: Record<View, string> = {
  chart: "org chart",
  map: "map",
  matrix: "matrix",
  summary: "summary",
  sources: "sources",
};

export function DetailsPanel() {
  const view = useAtlas((s) => s.view);
  const { index } = useShownModel();
  const selected = useAtlas((s) => s.selected);
  const selectedNation = useAtlas((s) => s.selectedNation);
  const selectedPlace = useAtlas((s) => s.selectedPlace);
  const unit = selected ? index.units.get(selected) : undefined;
  const nation = selectedNation ? index.nations.get(selectedNation) : undefined;
  const place = selectedPlace ? index.places.get(selectedPlace) : undefined;
  const panel = useRef<HTMLElement>(null);
  useBringIntoViewOnPhones(
    panel,
    unit?.id ?? (nation && `nation:${nation.code}`) ?? (place && `place:${place.id}`),
  );
  useUnknownNationOrPlaceNotice(selectedNation, nation !== undefined, selectedPlace, place !== undefined);
  return (
    <section ref={panel} className="panel details-panel" role="region" aria-label="Details">
      <SourceAnchorPrefix.Provider value="details-source-">
        {unit ? (
          <UnitDetails unit={unit} />
        ) : nation ? (
          <NationDetails nation={nation} />
        ) : place ? (
          <PlaceDetails place={place} />
        ) : (
          <NothingSelected />
        )}
      </SourceAnchorPrefix.Provider>
      {/* On a phone the panel sits above the chart or map: a way back after reading. */}
      {(unit || nation || place) && (
        <p className="back-to-view">
          <a href="#main-view">Back to the {VIEW_NAME[view]}</a>
        </p>
      )}
    </section>
  );
}

/** A nation or place from a link that this stage lacks gets a quiet notice instead of an empty panel. */
function useUnknownNationOrPlaceNotice(
  nation: string | null,
  nationKnown: boolean,
  place: string | null,
  placeKnown: boolean,
) {
  useEffect(() => {
    if (nation && !nationKnown)
      useAtlas.setState((s) => ({
        selectedNation: null,
        notice: withNotice(
          s,
          `There is no nation “${nation}” in this stage of the model, so nothing is selected.`,
        ),
      }));
    else if (place && !placeKnown)
      useAtlas.setState((s) => ({
        selectedPlace: null,
        notice: withNotice(
          s,
          `There is no place “${place}” in this stage of the model, so nothing is selected.`,
        ),
      }));
  }, [nation, nationKnown, place, placeKnown]);
}

/** On a one-column layout the panel may be far below the tree: scroll it into view on a new selection. */
function useBringIntoViewOnPhones(panel: RefObject<HTMLElement | null>, unitId: string | undefined) {
  useEffect(() => {
    const element = panel.current;
    if (!unitId || !element || !window.matchMedia?.(PHONE_QUERY).matches) return;
    const { top } = element.getBoundingClientRect();
    if (top < 0 || top > window.innerHeight * 0.8) {
      element.scrollIntoView?.({ block: "start", behavior: prefersReducedMotion() ? "auto" : "smooth" });
    }
  }, [panel, unitId]);
}

function NothingSelected() {
  return (
    <>
      <h2 id="details-title" className="panel-title">
        Details
      </h2>
      {/* On a phone the tree opens folded, so the long hint, which points to it, gives way to one
          line (a wrapped paragraph would break its lines elsewhere in the web font than in the
          snapshot's system font, and its redraw would become the page's late largest paint). */}
      <p className="hint hint-wide">
        Select a unit in the structure, or a nation or place on the map or in the matrix, to see what it is,
        who leads it, where it sits, and the sources behind each statement.
      </p>
      <p className="hint hint-phone">Tap a unit, nation or place for its details.</p>
    </>
  );
}

function citedSources(unit: Unit, shown: ReturnType<typeof useShownModel>): string[] {
  const { index } = shown;
  const ids = new Set<string>(unit.sources);
  unit.commander?.sources.forEach((s) => ids.add(s));
  unit.otherContributors?.sources.forEach((s) => ids.add(s));
  unit.rotation?.seats.forEach((seat) => seat.sources.forEach((s) => ids.add(s)));
  index.rolesByUnit.get(unit.id)?.forEach((r) => r.sources.forEach((s) => ids.add(s)));
  index.claimsAbout.get(unit.id)?.forEach((c) => c.sources.forEach((s) => ids.add(s)));
  index.relationsOf.get(unit.id)?.forEach((r) => r.sources.forEach((s) => ids.add(s)));
  return [...ids];
}

function UnitDetails({ unit }: { unit: Unit }) {
  const shown = useShownModel();
  const { index, sources, changes } = shown;
  const parent = unit.parent ? index.units.get(unit.parent) : undefined;
  const children = index.children.get(unit.id) ?? [];
  return (
    <article className="unit-details">
      <p className="eyebrow">{KIND_LABEL[unit.kind]}</p>
      <h2 id="details-title" className="panel-title" tabIndex={-1} dir="auto">
        {unit.name}
      </h2>
      <p className="status-line">
        <StatusBadge status={unit.status} />{" "}
        {changes?.units.get(unit.id) && (
          <>
            <ChangeTag mark={changes.units.get(unit.id)!} subject="unit" />{" "}
          </>
        )}
        <Citations ids={unit.sources} sources={sources} facts={unit.facts} />
      </p>
      {unit.condition && (
        <p className="condition">
          <strong>Condition:</strong> {unit.condition}
        </p>
      )}
      <p dir="auto">{unit.description}</p>
      {unit.domains.length > 0 && (
        <p className="domains">
          <strong>Domains:</strong> {unit.domains.map((d) => DOMAIN_LABEL[d]).join(", ")}
        </p>
      )}

      {unit.commander && (
        <section aria-labelledby="details-command">
          <h3 id="details-command">Command</h3>
          <p>
            {unit.commander.rank}
            {unit.commander.natoGrade ? ` (${unit.commander.natoGrade})` : ""}
            {unit.commander.nationality
              ? `, ${index.nations.get(unit.commander.nationality)?.name ?? unit.commander.nationality}`
              : ""}
            {unit.commander.name ? `: ${unit.commander.name}` : ""}{" "}
            <StatusBadge status={unit.commander.status} />{" "}
            <Citations ids={unit.commander.sources} sources={sources} facts={unit.commander.facts} />
          </p>
          {!unit.commander.name && <p className="hint">No person has been named; only the rank is public.</p>}
        </section>
      )}

      <UnitLocation unit={unit} />
      <UnitNations unit={unit} />

      {(parent || children.length > 0) && (
        <section aria-labelledby="details-structure">
          <h3 id="details-structure">Place in the structure</h3>
          {parent && (
            <p>
              Part of <UnitLink unit={parent} />
            </p>
          )}
          {parent && unit.ourReading && <OurReading text={unit.ourReading} />}
          {children.length > 0 && (
            <p>
              Contains:{" "}
              {children.map((c, i) => (
                <span key={c.id}>
                  {i > 0 && ", "}
                  <UnitLink unit={c} />
                </span>
              ))}
            </p>
          )}
        </section>
      )}

      <ItemChanges mark={changes?.units.get(unit.id)} subject="unit" />
      <UnitRelations unit={unit} />
      <UnitClaims unit={unit} />
      <HiddenWeakNote subject={unit.id} />
      <HiddenStatusNote subject={unit.id} />
      <SourceList ids={citedSources(unit, shown)} />
    </article>
  );
}
