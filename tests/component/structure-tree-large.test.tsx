// @vitest-environment jsdom
// A large model's tree draws only the rows in view, yet reads and moves like the whole tree.
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { synthModel } from "../../bench/synth";
import { useAtlas } from "../../src/state/store";
import { VIRTUAL_FROM_ROWS } from "../../src/views/structure/StructureTree";
import { renderAppWithoutWaiting, serve, structureTree } from "./render-app";

const UNITS = 2000;

async function renderLargeModel() {
  serve("/models/large.json", JSON.stringify(synthModel(UNITS, 7)));
  renderAppWithoutWaiting("?view=summary&model=/models/large.json");
  await screen.findByRole("tree", { name: "Structure" });
  act(() => useAtlas.getState().setExpanded(allParentIds()));
}

const units = () => synthModel(UNITS, 7).units ?? [];

function allParentIds(): string[] {
  return [...new Set(units().map((u) => u.parent).filter((p): p is string => Boolean(p)))];
}

const items = () => within(structureTree()).getAllByRole("treeitem");
const focusedLabel = () => document.activeElement?.getAttribute("aria-label") ?? "";

describe("a large structure tree", () => {
  it("draws a window of rows, each still telling its place in the whole tree", async () => {
    await renderLargeModel();
    expect(UNITS).toBeGreaterThan(VIRTUAL_FROM_ROWS);
    const drawn = items();
    expect(drawn.length).toBeLessThan(100);
    expect(drawn[0]).toHaveAttribute("aria-level", "1");
    expect(drawn[0]).toHaveAttribute("aria-posinset", "1");
    expect(drawn.filter((row) => row.tabIndex === 0)).toHaveLength(1);
  });

  it("goes to the last row with End and back with Home, drawing each as focus arrives", async () => {
    const user = userEvent.setup();
    await renderLargeModel();
    act(() => items()[0]!.focus());
    const first = focusedLabel();
    await user.keyboard("{End}");
    const last = focusedLabel();
    expect(last).not.toBe(first);
    expect(document.activeElement).toHaveAttribute("role", "treeitem");
    expect(items().length).toBeLessThan(100);
    await user.keyboard("{ArrowDown}"); // nothing after the last row
    expect(focusedLabel()).toBe(last);
    await user.keyboard("{ArrowUp}");
    expect(focusedLabel()).not.toBe(last);
    expect(document.activeElement).toHaveAttribute("role", "treeitem");
    await user.keyboard("{Home}");
    expect(focusedLabel()).toBe(first);
  });

  it("draws a unit selected elsewhere, wherever it is in the tree", async () => {
    await renderLargeModel();
    const deep = units().at(-1)!;
    act(() => useAtlas.getState().select(deep.id));
    const row = structureTree().querySelector(`[data-unit-id="${deep.id}"]`);
    expect(row).not.toBeNull();
    expect(row).toHaveAttribute("aria-selected", "true");
  });
});
