// Property test of the chart layout: any valid model, at any of its stages, with any units
// open, in either orientation, lays out every visible unit once and no two cards overlap.
import fc from "fast-check";
import { layoutTree, overlappingPairs } from "../../../src/layout/tree";
import type { Orientation } from "../../../src/layout/tree";
import { resolveStage } from "../../../src/model";
import type { Model } from "../../../src/model";
import { validateModel } from "../../../src/model/validate";
import { indexModel } from "../../../src/state/selectors";
import { runs } from "./fuzz";

type UnitInput = {
  id: string;
  name: string;
  shortName: string;
  parent?: string;
  kind: string;
  status: string;
  sources: string[];
  description: string;
};

const unit = (id: string, parent: string | null): UnitInput => ({
  id,
  name: `Unit ${id}`,
  shortName: id,
  ...(parent ? { parent } : {}),
  kind: "formation",
  status: "decided",
  sources: ["s"],
  description: `Synthetic unit ${id}.`,
});

/**
 * A random valid model: a forest of base units (each unit's parent comes earlier, so there are
 * no cycles), then stages that each build on the previous one and add units, move some to
 * another earlier unit, and remove some units that are leaves at that point.
 */
const modelArbitrary = fc
  .record({
    parents: fc.array(fc.option(fc.nat(), { freq: 4 }), { minLength: 1, maxLength: 80, size: "medium" }),
    stages: fc.array(
      fc.record({
        added: fc.array(fc.option(fc.nat(), { freq: 6 }), { maxLength: 25, size: "medium" }),
        moves: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 5 }),
        removals: fc.array(fc.nat(), { maxLength: 5 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ parents, stages }) => {
    let next = 0;
    const order: string[] = []; // every id ever added, in creation order
    const parentOf = new Map<string, string | null>();
    const addUnit = (pick: number | null) => {
      const id = `u${next++}`;
      const alive = order.filter((o) => parentOf.has(o));
      const parent = pick === null || !alive.length ? null : alive[pick % alive.length]!;
      order.push(id);
      parentOf.set(id, parent);
      return unit(id, parent);
    };
    const units = parents.map(addUnit);
    const stageInputs = stages.map((s, i) => {
      // Updates and removals name units of the stage this one builds on, not its own additions.
      const before = new Set(order.filter((o) => parentOf.has(o)));
      const add = s.added.map(addUnit);
      const update: { id: string; set: { parent: string } }[] = [];
      for (const [who, to] of s.moves) {
        const alive = order.filter((o) => parentOf.has(o));
        const movable = alive.filter((o) => before.has(o));
        if (!movable.length) break;
        const id = movable[who % movable.length]!;
        const earlier = alive.slice(0, alive.indexOf(id)); // an earlier unit: never a descendant's loop
        if (!earlier.length || update.some((u) => u.id === id)) continue;
        const parent = earlier[to % earlier.length]!;
        parentOf.set(id, parent);
        update.push({ id, set: { parent } });
      }
      const remove: string[] = [];
      for (const pick of s.removals) {
        const parentsNow = new Set([...parentOf.values()]);
        const leaves = order.filter((o) => before.has(o) && parentOf.has(o) && !parentsNow.has(o));
        if (leaves.length <= 1) break;
        const id = leaves[pick % leaves.length]!;
        parentOf.delete(id);
        remove.push(id);
      }
      return {
        id: `stage-${i + 1}`,
        name: `Stage ${i + 1}`,
        date: `202${i + 1}`,
        summary: "Changes.",
        sources: ["s"],
        ...(i > 0 ? { basedOn: `stage-${i}` } : {}),
        ...(add.length ? { add: { units: add } } : {}),
        ...(update.length ? { update } : {}),
        ...(remove.length ? { remove } : {}),
      };
    });
    return {
      format: "command-atlas/1",
      meta: {
        title: "Fuzzed model",
        description: "Random valid structure.",
        asOf: "2026",
        licence: "CC0",
        sources: [{ id: "s", title: "Source", publisher: "Tests", date: "2026" }],
      },
      units,
      stages: stageInputs,
    };
  });

describe("the chart layout, fuzzed", () => {
  it("lays out every visible unit of any stage of a valid model once, with no two cards overlapping", () => {
    fc.assert(
      fc.property(
        modelArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom<Orientation>("top-down", "left-right"),
        fc.nat(),
        (raw, openShare, orientation, stagePick) => {
          const validation = validateModel(raw);
          if (!validation.ok)
            throw new Error(`generated an invalid model: ${JSON.stringify(validation.problems)}`);
          const model: Model = validation.model;
          const stageIds = [null, ...model.stages.map((s) => s.id)];
          const stageId = stageIds[stagePick % stageIds.length]!;
          const index = indexModel(resolveStage(model, stageId));
          // Open a share of the parents (all, none or some), as a reader might.
          const parentIds = [...index.children.keys()];
          const expanded = new Set(parentIds.filter((_, i) => (i * 0.618) % 1 < openShare));
          const layout = layoutTree(index.roots, index.children, expanded, orientation);

          const visible: string[] = [];
          const stack = [...index.roots];
          while (stack.length) {
            const u = stack.pop()!;
            visible.push(u.id);
            if (expanded.has(u.id)) stack.push(...(index.children.get(u.id) ?? []));
          }
          expect(layout.cards.map((c) => c.id).sort()).toEqual(visible.sort());
          expect(overlappingPairs(layout.cards)).toEqual([]);
        },
      ),
      runs(80),
    );
  });
});
