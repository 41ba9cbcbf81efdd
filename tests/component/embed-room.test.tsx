// @vitest-environment jsdom
// The embed room: only the chosen view, a footer a reader can quote (title, stage, as of, sources
// with grades, a way into the full app), details as a dialog on request, and a quiet notice,
// never a blank frame, when the link asks for something that is not there.
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import EmbedRoom from "../../src/views/embed/EmbedRoom";
import { useAtlas } from "../../src/state/store";
import { renderAppWithoutWaiting, TITLE } from "./render-app";

// jsdom lays nothing out (the chart's zoom cannot run in it, so the browser journeys cover the
// chart): the embed's size observer watches a world that never moves.
beforeEach(() => {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

async function renderEmbed(search = "") {
  const result = renderAppWithoutWaiting(search, <EmbedRoom />, "/embed.html");
  await screen.findByText(TITLE, { selector: ".embed-model-title" }, { timeout: 10_000 });
  return result;
}
const footer = () => screen.getByRole("contentinfo");

describe("embed room", () => {
  it("shows the chosen view without the app's header, structure or details panel", async () => {
    await renderEmbed("?stage=2025-07&view=matrix");
    expect(useAtlas.getState().embed).toBe(true);
    expect(await screen.findByRole("table")).toBeInTheDocument();
    expect(screen.queryByRole("tree", { name: "Structure" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Details" })).toBeNull();
    expect(screen.queryByRole("combobox", { name: "Stage" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Copy link" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Org chart" })).toBeNull();
  });

  it("keeps a footer with the title, stage, as-of date, graded sources and a link to the full app", async () => {
    await renderEmbed("?stage=2025-07&unit=kyiv-cell&view=summary");
    const text = footer().textContent ?? "";
    expect(text).toContain("Stage: 10 July 2025");
    expect(text).toContain("As of 7 January 2026");
    expect(text).toMatch(/Sources: .*\((official|wire|press|analysis|aggregator)\)/);
    const link = within(footer()).getByRole("link", { name: /Open in Command Atlas/ });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noopener");
    const href = new URL(link.getAttribute("href")!);
    expect(href.pathname).toBe("/");
    expect(Object.fromEntries(href.searchParams)).toEqual({ stage: "2025-07", unit: "kyiv-cell", view: "summary" });
  });

  it("opens the details as a dialog when the reader picks a unit, and closes it again", async () => {
    const user = userEvent.setup();
    await renderEmbed("?unit=mnf-u-hq&view=summary");
    // A unit named in the address is marked, not opened over the article.
    expect(screen.queryByRole("dialog")).toBeNull();
    await act(async () => useAtlas.getState().select("kyiv-cell"));
    const dialog = await screen.findByRole("dialog", { name: "Details" });
    expect(within(dialog).getByRole("heading", { name: "Forward co-ordination cell, Kyiv" })).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: /^Close/ }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(useAtlas.getState().selected).toBe("kyiv-cell");
  });

  it("shows the default stage with a quiet notice for an unknown stage, never a blank frame", async () => {
    await renderEmbed("?view=summary&stage=1999-01");
    expect(await screen.findByText(/no stage “1999-01”/)).toBeInTheDocument();
    expect(footer().textContent).toContain("Stage: January 2026");
  });

  it("selects nothing, with a quiet notice, for an unknown unit", async () => {
    await renderEmbed("?view=summary&unit=no-such-unit");
    expect(await screen.findByText(/no unit “no-such-unit”/)).toBeInTheDocument();
    expect(useAtlas.getState().selected).toBeNull();
  });

  it("never adds history entries inside a frame", async () => {
    await renderEmbed("?view=summary");
    const before = window.history.length;
    await act(async () => useAtlas.getState().setStage("2025-07"));
    expect(window.location.search).toContain("stage=2025-07");
    expect(window.history.length).toBe(before);
  });
});
