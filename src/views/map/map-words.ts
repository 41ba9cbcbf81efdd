// What the map says about a nation, a place or a unit, in words: shared by tooltips, the
// accessible names of the map's items, and the legend, so each says the same thing.
import type { ItemMark, Place, Role, Source, Unit } from "../../model";
import { isWeaklySourced } from "../../model";
import type { MapLayers, Target } from "../../layout/map-scene";
import type { ModelIndex } from "../../state/selectors";
import { formatIsoDate, KIND_LABEL, ROLE_LABEL, STATUS_LABEL } from "../common/labels";
import { markSpoken } from "../compare/compare-words";

export const PLACE_KIND_LABEL: Record<NonNullable<Place["kind"]>, string> = {
  capital: "Capital city",
  city: "City",
  port: "Port",
  "military-site": "Military site",
};

const status = (s: Role["status"]) => STATUS_LABEL[s].toLowerCase();

type Sources = ReadonlyMap<string, Source>;
const weak = (item: Role | Unit, sources?: Sources) =>
  sources && isWeaklySourced(item.sources, sources) ? ", weakly sourced" : "";

export function roleSentence(role: Role, index: ModelIndex, sources?: Sources): string {
  const unit = index.units.get(role.in);
  return `${ROLE_LABEL[role.role]} in ${unit?.shortName ?? role.in} (${status(role.status)}${weak(role, sources)})`;
}

/** A title and a few lines about a map item; the first line is the name. */
export function describeTarget(
  target: Target,
  layers: MapLayers,
  index: ModelIndex,
  sources?: Sources,
  /** Compare mode: the item's mark, said last ("Compared: added"). */
  mark?: ItemMark,
): { title: string; lines: string[] } {
  const described = describe(target, layers, index, sources);
  if (!mark) return described;
  const subject = target.kind === "nation" ? "nation" : "unit";
  return { ...described, lines: [...described.lines, `Compared: ${markSpoken(mark, subject)}`] };
}

function describe(
  target: Target,
  layers: MapLayers,
  index: ModelIndex,
  sources?: Sources,
): { title: string; lines: string[] } {
  if (target.kind === "nation") {
    const nation = layers.nations.find((n) => n.code === target.code);
    const name = nation?.name ?? index.nations.get(target.code)?.name ?? target.code;
    const roles = nation?.roles ?? [];
    const lines = roles.length
      ? roles.slice(0, 5).map((r) => roleSentence(r, index, sources))
      : ["No role in this stage of the model"];
    if (roles.length > 5) lines.push(`and ${roles.length - 5} more`);
    return { title: name, lines };
  }
  if (target.kind === "place") {
    const entry = layers.places.find((p) => p.place.id === target.id);
    const place = entry?.place ?? index.places.get(target.id);
    if (!place) return { title: target.id, lines: [] };
    const lines = [place.kind ? PLACE_KIND_LABEL[place.kind] : "Place"];
    for (const seat of entry?.seats ?? [])
      lines.push(
        `${seat.unit.shortName}: seat ${formatIsoDate(seat.seat.from)}–${formatIsoDate(seat.seat.until)} (${status(seat.seat.status)})`,
      );
    for (const unit of entry?.units ?? [])
      lines.push(
        `${unit.shortName} (${status(unit.status)}${weak(unit, sources)})${unit.condition ? `, ${unit.condition.toLowerCase()}` : ""}`,
      );
    const events = entry?.claims.length ?? 0;
    if (events) lines.push(`${events} ${events === 1 ? "statement" : "statements"} about events here`);
    return { title: place.name, lines };
  }
  const unit = index.units.get(target.id);
  if (!unit) return { title: target.id, lines: [] };
  const lines = [`${KIND_LABEL[unit.kind]} (${status(unit.status)}${weak(unit, sources)})`];
  if (unit.condition) lines.push(`Condition: ${unit.condition}`);
  if (unit.rotation) lines.push(unit.rotation.rule);
  return { title: unit.name, lines };
}

export const HINT = "Click or press Enter for details and sources";
