// @vitest-environment jsdom
// The shareable state lives in the URL: links open the same view, back and forward restore it.
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useAtlas } from "../../src/state/store";
import { minimalModel } from "../unit/model/builders";
import { renderApp, structureTree } from "./render-app";

const param = (name: string) => new URLSearchParams(window.location.search).get(name);
const treeItem = (name: RegExp) => within(structureTree()).getByRole("treeitem", { name });
const goBack = () =>
  act(async () => {
    const popped = new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
    window.history.back();
    await popped;
  });

describe("URL sync", () => {
  it("opens the unit, stage and view a link names", async () => {
    await renderApp("?unit=mnf-u-hq&stage=2025-07&view=summary");
    expect(treeItem(/^Coalition multinational headquarters/)).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("combobox", { name: "Stage" })).toHaveValue("2025-07");
    expect(screen.getByRole("button", { name: "Summary" })).toHaveAttribute("aria-pressed", "true");
    // The 2025-07 stage has no monitoring cell yet; 2026-01 has.
    expect(
      within(structureTree()).queryByRole("treeitem", { name: /^Coalition–US–Ukraine coordination cell/ }),
    ).toBeNull();
  });

  it("writes the user's choices to the URL, and back and forward restore them", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary");
    await user.click(treeItem(/^Forward co-ordination cell, Kyiv/));
    expect(param("unit")).toBe("kyiv-cell");
    await user.selectOptions(screen.getByRole("combobox", { name: "Stage" }), "2025-07");
    expect(param("stage")).toBe("2025-07");

    await goBack();
    expect(param("stage")).toBeNull();
    expect(screen.getByRole("combobox", { name: "Stage" })).toHaveValue("2026-01");
    expect(treeItem(/^Forward co-ordination cell, Kyiv/)).toHaveAttribute("aria-selected", "true");

    await goBack();
    expect(param("unit")).toBeNull();
    expect(treeItem(/^Forward co-ordination cell, Kyiv/)).toHaveAttribute("aria-selected", "false");
  });

  it("gives a quiet notice for an unknown unit in the URL, and carries on", async () => {
    await renderApp("?view=summary&unit=no-such-unit");
    const notice = await screen.findByRole("status");
    expect(notice).toHaveTextContent("There is no unit “no-such-unit”");
    await waitFor(() => expect(param("unit")).toBeNull());
    expect(within(structureTree()).getAllByRole("treeitem").length).toBeGreaterThan(5);
  });

  it("gives a quiet notice for an unknown stage in the URL and shows the default stage", async () => {
    await renderApp("?view=summary&stage=1999-01");
    expect(await screen.findByRole("status")).toHaveTextContent("This model has no stage “1999-01”");
    expect(screen.getByRole("combobox", { name: "Stage" })).toHaveValue("2026-01");
    await waitFor(() => expect(param("stage")).toBeNull());
  });

  it("names every bad part of a link in its notice, not only the last one checked", async () => {
    await renderApp("?view=summary&status=bogus&stage=1999-01&unit=no-such-unit");
    const notice = await screen.findByRole("status");
    await waitFor(() => expect(notice).toHaveTextContent("There is no unit “no-such-unit”"));
    expect(notice).toHaveTextContent("The status filter knows no “bogus”");
    expect(notice).toHaveTextContent("This model has no stage “1999-01”");
    expect(screen.getByRole("combobox", { name: "Stage" })).toHaveValue("2026-01");
  });

  it("after the reader acts, a new correction replaces the link's notice instead of growing it", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&status=bogus");
    const notice = await screen.findByRole("status");
    expect(notice).toHaveTextContent("The status filter knows no “bogus”");
    // The coordination cell is in January 2026, not in July 2025.
    await user.click(treeItem(/^Coalition–US–Ukraine coordination cell/));
    await user.selectOptions(screen.getByRole("combobox", { name: "Stage" }), "2025-07");
    await waitFor(() => expect(notice).toHaveTextContent("There is no unit"));
    expect(notice).not.toHaveTextContent("bogus");
  });

  it("a notice about one model goes when another is opened; the new model's own notices stay", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&stage=1999-01");
    expect(await screen.findByRole("status")).toHaveTextContent("This model has no stage “1999-01”");
    const picker = screen.getByLabelText(/Open a model file/);
    const copy = readFileSync(join(__dirname, "../../data/mnf-ukraine.json"), "utf8");
    await user.upload(
      picker,
      new File([copy.replace('"Multinational Force Ukraine (MNF-U)"', '"Copy one"')], "one.json"),
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Copy one" })).toBeInTheDocument();
    expect(screen.queryByText(/no stage “1999-01”/)).toBeNull();

    // Türkiye picked, then a model without it: the notice says so, of the model now shown.
    act(() => useAtlas.getState().selectNation("TR"));
    const small = { ...minimalModel(), meta: { ...minimalModel().meta, title: "Copy two" } };
    await user.upload(picker, new File([JSON.stringify(small)], "two.json"));
    expect(await screen.findByRole("heading", { level: 1, name: "Copy two" })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("There is no nation “TR”"));
  });

  it("keeps parameters it does not own, such as an embedder's", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&utm_source=article");
    await user.click(treeItem(/^Coalition multinational headquarters/));
    expect(param("utm_source")).toBe("article");
    expect(param("unit")).toBe("mnf-u-hq");
  });
});
