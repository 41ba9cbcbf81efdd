// @vitest-environment jsdom
// The rooms as a person uses them: focus mode by key and button, the details as a dialog that
// Esc closes, each with its place in the URL. (The chart needs a real browser: the story and the
// chart's rooms are covered by tests/e2e/room.e2e.ts.)
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp, structureTree } from "./render-app";

const param = (name: string) => new URLSearchParams(window.location.search).get(name);

describe("rooms", () => {
  it("f toggles focus mode: the structure steps aside and the URL says so", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary");
    expect(screen.getByRole("navigation", { name: "Structure panel" })).toBeInTheDocument();
    await user.keyboard("f");
    expect(param("focus")).toBe("1");
    expect(screen.queryByRole("navigation", { name: "Structure panel" })).toBeNull();
    expect(screen.getByRole("button", { name: "Leave focus" })).toHaveAttribute("aria-pressed", "true");
    await user.click(screen.getByRole("button", { name: "Leave focus" }));
    expect(param("focus")).toBeNull();
    expect(structureTree()).toBeInTheDocument();
  });

  it("in focus mode a selection opens the details as a dialog, and Esc closes it", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&focus=1");
    await user.click((await screen.findAllByRole("button", { name: /^Sea line of effort/ }))[0]!);
    const dialog = await screen.findByRole("dialog", { name: "Details" });
    expect(within(dialog).getByRole("heading", { name: "Sea line of effort" })).toBeInTheDocument();
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog", { name: "Details" })).toBeNull();
    // The selection stays: the card is still the selected one.
    expect(param("unit")).toBe("loe-sea");
  });
});
