// The map's key, in words: every colour, pattern, symbol and line is named here with the
// nations and units behind it, so nothing on the map depends on colour alone.
import type { GeoProjection } from "d3-geo";
import type { Domain, Role } from "../../model";
import { offFrame, ROLE_PRECEDENCE } from "../../layout/map";
import type { NationOnMap, WorldAtlas } from "../../layout/map";
import type { MapLayers } from "../../layout/map-scene";
import { useAtlas } from "../../state/store";
import { useShownModel } from "../app/shown-model";
import { DOMAIN_LABEL, ROLE_LABEL, STATUS_LABEL } from "../common/labels";
import { UnitLink } from "../common/UnitLink";

type Props = {
  layers: MapLayers;
  atlas: WorldAtlas | null;
  projection: GeoProjection;
  width: number;
  height: number;
  domains: ReadonlySet<Domain>;
};

const status = (s: Role["status"]) => STATUS_LABEL[s].toLowerCase();

function NationButton({ nation, detail }: { nation: NationOnMap; detail?: string }) {
  const selectNation = useAtlas((s) => s.selectNation);
  return (
    <button type="button" className="link-button" onClick={() => selectNation(nation.code)}>
      {nation.name}
      {detail ? ` (${detail})` : ""}
    </button>
  );
}

export function MapLegend({ layers, atlas, projection, width, height, domains }: Props) {
  const { resolved, index } = useShownModel();
  const openLegend = useAtlas((s) => s.openLegend);
  const byRole = new Map<string, NationOnMap[]>();
  for (const nation of layers.nations)
    if (nation.primary) byRole.set(nation.primary.role, [...(byRole.get(nation.primary.role) ?? []), nation]);
  const withoutRole = layers.nations.filter((n) => !n.primary);
  // Off the whole (unzoomed) map: the nation's main part lies outside the fitted frame.
  const offMap = atlas
    ? layers.nations.filter((n) => offFrame(atlas, n.code, projection, width, height))
    : [];
  const aggregates = resolved.units.filter((u) => u.otherContributors && u.status !== "dropped");
  const list = <T,>(items: T[], render: (item: T) => React.ReactNode) =>
    items.map((item, i) => (
      <span key={i}>
        {i > 0 && (i === items.length - 1 ? " and " : ", ")}
        {render(item)}
      </span>
    ));

  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h3 id="map-legend-title">Key</h3>
      <div className="legend-columns">
        <div>
          <h4>Nations, by their strongest role in this stage</h4>
          <ul className="legend-list">
            {ROLE_PRECEDENCE.filter((r) => byRole.has(r)).map((role) => (
              <li key={role}>
                <svg className="legend-swatch" viewBox="0 0 24 16" aria-hidden="true">
                  <rect width="24" height="16" className={`country nation role-${role}`} />
                </svg>
                <strong>{ROLE_LABEL[role]}:</strong>{" "}
                {list(byRole.get(role)!, (n) => (
                  <NationButton nation={n} detail={status(n.primary!.status)} />
                ))}
              </li>
            ))}
            {withoutRole.length > 0 && (
              <li>
                <svg className="legend-swatch" viewBox="0 0 24 16" aria-hidden="true">
                  <rect width="24" height="16" className="country nation role-none" />
                </svg>
                <strong>Named, no role in this stage:</strong>{" "}
                {list(withoutRole, (n) => (
                  <NationButton nation={n} />
                ))}
              </li>
            )}
            <li>
              <svg className="legend-swatch" viewBox="0 0 24 16" aria-hidden="true">
                <rect width="24" height="16" className="country nation role-contributor" />
                <rect width="24" height="16" fill="url(#legend-dots)" />
                <defs>
                  <pattern id="legend-dots" width="6" height="6" patternUnits="userSpaceOnUse">
                    <circle cx="3" cy="3" r="0.9" className="dot-fill" />
                  </pattern>
                </defs>
              </svg>
              Dotted: the role is <strong>planned</strong> (happens only if a condition is met).{" "}
              <svg className="legend-swatch" viewBox="0 0 24 16" aria-hidden="true">
                <rect width="24" height="16" className="country nation role-contributor" />
                <rect width="24" height="16" fill="url(#legend-hatch)" />
                <defs>
                  <pattern
                    id="legend-hatch"
                    width="7"
                    height="7"
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <line x1="0" y1="0" x2="0" y2="7" className="hatch-line" />
                  </pattern>
                </defs>
              </svg>
              Hatched: <strong>reported</strong> or <strong>proposed</strong>, not an official text. Plain:
              decided.
            </li>
            {aggregates.map((unit) => (
              <li key={unit.id} className="aggregate">
                <strong>Not named, not coloured:</strong> {unit.otherContributors!.label}
                {unit.otherContributors!.total ? `: ${unit.otherContributors!.total}` : ""} ({unit.shortName},{" "}
                {status(unit.otherContributors!.status)}).
              </li>
            ))}
            {offMap.length > 0 && (
              <li>
                <strong>Off this map:</strong>{" "}
                {list(offMap, (n) => (
                  <NationButton
                    nation={n}
                    detail={
                      n.primary
                        ? `${ROLE_LABEL[n.primary.role].toLowerCase()}, ${status(n.primary.status)}`
                        : "no role in this stage"
                    }
                  />
                ))}
                .
              </li>
            )}
          </ul>
        </div>
        <div>
          <h4>Places and units</h4>
          <ul className="legend-list">
            <li>
              <svg className="legend-swatch" viewBox="-8 -8 16 16" aria-hidden="true">
                <circle r="5.5" className="marker-shape" />
              </svg>
              Capital or city,{" "}
              <svg className="legend-swatch" viewBox="-8 -8 16 16" aria-hidden="true">
                <rect
                  x="-4.5"
                  y="-4.5"
                  width="9"
                  height="9"
                  className="marker-shape"
                  transform="rotate(45)"
                />
              </svg>
              port. Points are the cities’ coordinates: the sources give no more precise site.
            </li>
            <li>
              <svg className="legend-swatch wide" viewBox="0 0 36 16" aria-hidden="true">
                <rect x="1" y="1" width="34" height="14" rx="3" className="legend-callout" />
              </svg>
              A unit at a place, with its status (
              <button
                type="button"
                className="link-button"
                aria-haspopup="dialog"
                onClick={() => openLegend("all")}
              >
                what the statuses mean
              </button>
              );{" "}
              <svg className="legend-swatch wide" viewBox="0 0 36 16" aria-hidden="true">
                <rect x="1" y="1" width="34" height="14" rx="3" className="legend-callout is-conditional" />
              </svg>
              dashed: it exists only under a condition, or it is another year’s seat of a moving headquarters.
            </li>
            {layers.hops.map((hop) => (
              <li key={`${hop.unit.id}-${hop.from.id}-${hop.to.id}`}>
                <UnitLink unit={hop.unit} />: {hop.unit.rotation?.rule ?? "rotates"} (arc between{" "}
                {hop.from.name} and {hop.to.name}). The year control above picks the seat shown.
              </li>
            ))}
          </ul>
          <h4>Lines of effort</h4>
          <ul className="legend-list">
            <li className={domains.has("sea") ? "" : "is-off"}>
              <strong>
                {DOMAIN_LABEL.sea}
                {domains.has("sea") ? "" : " (hidden)"}:
              </strong>{" "}
              {layers.sea ? (
                <>
                  <UnitLink unit={layers.sea.unit} /> ({status(layers.sea.unit.status)}
                  {layers.sea.unit.condition ? `, ${layers.sea.unit.condition.toLowerCase()}` : ""}).{" "}
                  {layers.sea.ports.length > 0 && (
                    <>
                      Ports shown as examples (the sources speak of Ukraine’s Black Sea ports without naming
                      them): {layers.sea.ports.map((p) => p.name).join(", ")}.{" "}
                    </>
                  )}
                  {layers.sea.leads.length > 0 && (
                    <>
                      Led by{" "}
                      {list(
                        layers.sea.leads,
                        (r) => `${index.nations.get(r.nation)?.name ?? r.nation} (${status(r.status)})`,
                      )}
                      .{" "}
                    </>
                  )}
                  {layers.sea.taskGroups.map((g) => (
                    <span key={g.unit.id}>
                      Builds on the <UnitLink unit={g.unit} />, whose nations are outlined:{" "}
                      {g.roles.map((r) => index.nations.get(r.nation)?.name ?? r.nation).join(", ")}.{" "}
                    </span>
                  ))}
                  {layers.sea.lanes.length > 0 && (
                    <>
                      The dashed lane from the ports to the Bosphorus is{" "}
                      <strong>notional, not an official route</strong>.
                    </>
                  )}
                </>
              ) : (
                "no sea line of effort in this stage."
              )}
            </li>
            <li className={domains.has("air") ? "" : "is-off"}>
              <strong>
                {DOMAIN_LABEL.air}
                {domains.has("air") ? "" : " (hidden)"}:
              </strong>{" "}
              {layers.air ? (
                <>
                  <UnitLink unit={layers.air.unit} /> ({status(layers.air.unit.status)}
                  {layers.air.unit.condition ? `, ${layers.air.unit.condition.toLowerCase()}` : ""}). The
                  striped area is {index.nations.get(layers.air.country)?.name ?? layers.air.country}’s
                  airspace: <strong>notional, not an official zone</strong>.
                </>
              ) : (
                "no air line of effort in this stage."
              )}
            </li>
            <li className={domains.has("land") ? "" : "is-off"}>
              <strong>
                {DOMAIN_LABEL.land}
                {domains.has("land") ? "" : " (hidden)"}:
              </strong>{" "}
              {layers.land ? (
                <>
                  <UnitLink unit={layers.land.unit} /> ({status(layers.land.unit.status)}
                  {layers.land.unit.condition ? `, ${layers.land.unit.condition.toLowerCase()}` : ""}).{" "}
                  {layers.land.flows.length > 0 ? (
                    <>
                      Arrows are <strong>notional</strong> flows of supplies, equipment and training into{" "}
                      {index.nations.get(layers.land.country)?.name ?? layers.land.country} from the nations
                      with a role in it or in its force:{" "}
                      {list(
                        layers.land.flows,
                        (r) =>
                          `${index.nations.get(r.nation)?.name ?? r.nation} (${ROLE_LABEL[r.role].toLowerCase()}, ${status(r.status)})`,
                      )}
                      . The sources do not say which nation sends what.
                    </>
                  ) : (
                    <>The sources name no nation for it in this stage, so no flows are drawn.</>
                  )}
                </>
              ) : (
                "no land line of effort in this stage."
              )}
            </li>
            {(["cyber", "space"] as const).map((domain) => {
              const units = layers.unplaced[domain] ?? [];
              return (
                <li key={domain} className={domains.has(domain) ? "" : "is-off"}>
                  <strong>
                    {DOMAIN_LABEL[domain]}
                    {domains.has(domain) ? "" : " (hidden)"}:
                  </strong>{" "}
                  {units.length > 0 ? (
                    <>
                      {list(units, (u) => (
                        <>
                          <UnitLink unit={u} /> ({status(u.status)})
                        </>
                      ))}{" "}
                      {units.length === 1 ? "works" : "work"} in this domain; the sources give no place, so
                      nothing is drawn.
                    </>
                  ) : (
                    "nothing in this domain in this stage."
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
      <p className="map-credit">
        Borders: Natural Earth 1:50m (world-atlas), simplified, bundled with the app. Crimea is shown within
        Ukraine’s internationally recognised borders.
      </p>
    </section>
  );
}
