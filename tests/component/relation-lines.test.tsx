// @vitest-environment jsdom
// Every relation line ends in an arrowhead that its own picture defines, on the chart and on the
// printed handout alike: the handout once defined only the solid line's arrow, so our reading's
// hollow lines printed without a head (their direction lost on paper).
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { layoutTree } from "../../src/layout/tree";
import type { Relation, Unit } from "../../src/model";
import { RelationArrowMarkers, RelationLines, relationPath } from "../../src/views/chart/RelationLines";

const unit = (id: string, parent?: string): Unit => ({
  id,
  name: `Unit ${id}`,
  shortName: id,
  ...(parent ? { parent } : {}),
  kind: "headquarters",
  domains: [],
  status: "decided",
  sources: ["s"],
  description: "A unit.",
});
const [hq, left, right] = [unit("hq"), unit("left", "hq"), unit("right", "hq")];
const units = new Map([hq, left, right].map((u) => [u.id, u]));
const relation = (id: string, extra: Partial<Relation> = {}): Relation => ({
  id,
  kind: "coordinates",
  from: "left",
  to: "right",
  status: "decided",
  sources: ["s"],
  ...extra,
});
const relations = [
  relation("sourced"),
  relation("inferred", { kind: "supports", from: "right", to: "left", ourReading: "Inferred." }),
];
const layout = layoutTree([hq], new Map([["hq", [left, right]]]), new Set(["hq"]));

describe.each([
  ["the chart", undefined],
  ["the printed handout", "print-relation-arrow"],
])("relation arrowheads on %s", (_where, markerId) => {
  it("end every line, sourced or our reading, in a marker the same SVG defines", () => {
    const { container } = render(
      <svg>
        <defs>
          <RelationArrowMarkers markerId={markerId} />
        </defs>
        <RelationLines
          layout={layout}
          relations={relations}
          hidden={new Set()}
          selected={null}
          units={units}
          shown="all"
          markerId={markerId}
        />
      </svg>,
    );
    const ends = [...container.querySelectorAll("path[marker-end]")].map((path) =>
      path.getAttribute("marker-end"),
    );
    expect(ends).toHaveLength(2);
    for (const end of ends) {
      const id = /^url\(#(.+)\)$/.exec(end!)?.[1];
      expect(container.querySelector(`marker[id="${id}"]`), `the marker ${end}`).not.toBeNull();
    }
  });
});

describe("relationPath", () => {
  it("runs straight between corners and rounds each corner within 6 px of it", () => {
    const d = relationPath([
      [0, 0],
      [100, 0],
      [100, 50],
      [200, 50],
    ]);
    expect(d).toBe("M0,0L94,0Q100,0 100,6L100,44Q100,50 106,50L200,50");
    // A short leg rounds less: never past its middle.
    expect(
      relationPath([
        [0, 0],
        [4, 0],
        [4, 30],
      ]),
    ).toBe("M0,0L2,0Q4,0 4,2L4,30");
    expect(relationPath([[1.234, 5.678]])).toBe("M1.23,5.68");
    expect(relationPath([])).toBe("");
  });
});
