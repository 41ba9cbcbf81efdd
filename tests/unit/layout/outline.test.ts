// The structure panel's visible rows: depth-first, collapsed subtrees hidden, ARIA positions right.
import { visibleRows } from "../../../src/layout/outline";
import type { Unit } from "../../../src/model";

const unit = (id: string, parent?: string): Unit =>
  ({
    id,
    name: id,
    shortName: id,
    parent,
    kind: "formation",
    domains: [],
    status: "decided",
    sources: ["s"],
    description: id,
  }) as Unit;

// a ─┬─ a1 ─── a1x
//    └─ a2
// b ──── b1
const units = [unit("a"), unit("a1", "a"), unit("a1x", "a1"), unit("a2", "a"), unit("b"), unit("b1", "b")];
const roots = units.filter((u) => !u.parent);
const children = new Map<string, Unit[]>();
for (const u of units) if (u.parent) children.set(u.parent, [...(children.get(u.parent) ?? []), u]);

const ids = (expanded: string[]) => visibleRows(roots, children, new Set(expanded)).map((r) => r.unit.id);

describe("visibleRows", () => {
  it("shows only the roots when everything is collapsed", () => {
    expect(ids([])).toEqual(["a", "b"]);
  });

  it("hides the children of a collapsed unit even when its descendants are expanded", () => {
    expect(ids(["a1", "b"])).toEqual(["a", "b", "b1"]);
  });

  it("lists parents before their children, depth first, when all are expanded", () => {
    expect(ids(["a", "a1", "b"])).toEqual(["a", "a1", "a1x", "a2", "b", "b1"]);
  });

  it("gives 1-based levels, positions in set and set sizes", () => {
    const rows = visibleRows(roots, children, new Set(["a", "a1", "b"]));
    expect(rows.map((r) => [r.unit.id, r.level, r.positionInSet, r.setSize, r.parentId])).toEqual([
      ["a", 1, 1, 2, null],
      ["a1", 2, 1, 2, "a"],
      ["a1x", 3, 1, 1, "a1"],
      ["a2", 2, 2, 2, "a"],
      ["b", 1, 2, 2, null],
      ["b1", 2, 1, 1, "b"],
    ]);
  });

  it("marks which rows have children and which are expanded", () => {
    const rows = visibleRows(roots, children, new Set(["a", "a2"]));
    expect(rows.map((r) => [r.unit.id, r.hasChildren, r.expanded])).toEqual([
      ["a", true, true],
      ["a1", true, false],
      ["a2", false, false],
      ["b", true, false],
    ]);
  });

  it("walks a 10,000-deep chain without overflowing the stack", () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => unit(`u${i}`, i ? `u${i - 1}` : undefined));
    const kids = new Map(chain.slice(1).map((u) => [u.parent!, [u]]));
    const rows = visibleRows([chain[0]!], kids, new Set(chain.map((u) => u.id)));
    expect(rows).toHaveLength(10_000);
    expect(rows.at(-1)!.level).toBe(10_000);
  });
});
