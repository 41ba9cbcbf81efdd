// @vitest-environment jsdom
// A chart card says on its face what a reader must know before quoting it: the status, a
// condition, a seat whose dates are assumed, a weak sourcing.
import { cleanup } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { layoutTree } from "../../src/layout/tree";
import type { Unit } from "../../src/model";
import type { CardSeat } from "../../src/views/chart/UnitCard";
import { renderCard } from "./render-card";

const hq: Unit = {
  id: "hq",
  name: "Headquarters",
  shortName: "HQ",
  kind: "headquarters",
  domains: [],
  status: "decided",
  sources: ["s"],
  description: "An HQ.",
};

function drawCard(seat: CardSeat | null, unit: Unit = hq) {
  const layout = layoutTree([unit], new Map(), new Set());
  return renderCard(layout.byId.get(unit.id)!, { seat }).getByRole("treeitem");
}

describe("a chart card", () => {
  it("says “dates assumed” on the card itself when the seat's dates are the author's assumption", () => {
    const card = drawCard({ now: "Paris", next: "London", datesAssumed: true });
    expect(card).toHaveTextContent(/Seat: Paris · next London/);
    expect(card).toHaveTextContent(/dates assumed/);
    expect(card).toHaveAccessibleName(/seat Paris, next London, dates assumed/);
  });

  it("says nothing of the kind when the seat's dates come from a source", () => {
    const card = drawCard({ now: "Paris", next: "London", datesAssumed: false });
    expect(card).not.toHaveTextContent(/assumed/);
  });

  it("strikes a dropped unit's name through each of its lines", () => {
    const option: Unit = { ...hq, shortName: "Ground force option", kind: "option", status: "dropped" };
    const card = drawCard(null, option);
    const lines = [...card.querySelectorAll(".card-name tspan")];
    expect(lines.map((line) => line.textContent?.trim())).toEqual(["Ground force", "option"]);
    // Each strike sits 6 px above its line's baseline (the first at 28, the next 22 px lower).
    const strikes = [...card.querySelectorAll("line.card-strike")].map((line) => Number(line.getAttribute("y1")));
    expect(strikes).toEqual([22, 44]);
    cleanup();
    expect(drawCard(null, { ...option, status: "decided" }).querySelectorAll("line.card-strike")).toHaveLength(0);
  });

  it("keeps a condition in words even when the seat takes its line", () => {
    const card = drawCard(
      { now: "Paris", next: null, datesAssumed: true },
      { ...hq, condition: "Only if forces deploy" },
    );
    expect(card).toHaveTextContent(/dates assumed · if deployed/);
  });
});
