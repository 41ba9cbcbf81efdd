// @vitest-environment jsdom
// The structure panel is the keyboard route into the model: a WAI-ARIA tree.
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp, structureTree } from "./render-app";

const item = (name: RegExp) => within(structureTree()).getByRole("treeitem", { name });
const focus = (element: HTMLElement) => act(() => element.focus());
const focusedName = () => document.activeElement?.getAttribute("aria-label") ?? "";

describe("structure tree", () => {
  it("lists the units as tree items with their status in words", async () => {
    await renderApp("?view=summary");
    // The seed calls the Kyiv cell the HQ's forward element: it sits under the HQ (level 4).
    expect(item(/^Forward co-ordination cell, Kyiv, planned, conditional, forward element; condition: /)).toHaveAttribute(
      "aria-level",
      "4",
    );
    expect(item(/^Large ground force behind the front line \(option\), dropped/)).toBeInTheDocument();
    expect(
      within(item(/^Forward co-ordination cell, Kyiv/)).getByText(/Planned · conditional/),
    ).toBeVisible();
  });

  it("keeps one tab stop and moves focus with the arrow keys, Home and End", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary");
    const items = within(structureTree()).getAllByRole("treeitem");
    expect(items.filter((i) => i.tabIndex === 0)).toHaveLength(1);

    focus(items[0]!);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(items.at(-1));
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(items[0]);
  });

  it("closes and opens a branch with Left and Right, and Left on a child goes to its parent", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary");
    const coalition = item(/^Coalition of the Willing/);
    expect(coalition).toHaveAttribute("aria-expanded", "true");
    focus(coalition);
    await user.keyboard("{ArrowLeft}");
    expect(coalition).toHaveAttribute("aria-expanded", "false");
    expect(
      within(structureTree()).queryByRole("treeitem", { name: /^Multinational Force Ukraine,/ }),
    ).toBeNull();

    await user.keyboard("{ArrowRight}");
    expect(coalition).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{ArrowRight}"); // an open branch: Right goes to its first child
    expect(focusedName()).not.toMatch(/^Coalition of the Willing/);

    focus(item(/^Forward co-ordination cell, Kyiv/)); // a leaf: Left goes to its parent, the HQ
    await user.keyboard("{ArrowLeft}");
    expect(focusedName()).toMatch(/^Coalition multinational headquarters,/);
  });

  it("finds a unit by typing its name and selects it with Enter, showing its details and updating the URL", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary");
    focus(within(structureTree()).getAllByRole("treeitem")[0]!);
    await user.keyboard("forw");
    expect(focusedName()).toMatch(/^Forward co-ordination cell, Kyiv/);
    await user.keyboard("{Enter}");

    expect(item(/^Forward co-ordination cell, Kyiv/)).toHaveAttribute("aria-selected", "true");
    const details = screen.getByRole("region", { name: "Details" });
    expect(within(details).getByRole("heading", { level: 2 })).toHaveTextContent(
      "Forward co-ordination cell, Kyiv",
    );
    expect(new URLSearchParams(window.location.search).get("unit")).toBe("kyiv-cell");
  });
});
