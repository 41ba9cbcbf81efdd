// @vitest-environment jsdom
// A broken model never takes away what the user had: one alert lists every problem at its place.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useAtlas } from "../../src/state/store";
import { sourceFromParam } from "../../src/load/queries";
import { TITLE, renderApp, renderAppWithoutWaiting, structureTree } from "./render-app";

const TEN_POINTERS = [
  "/units/2/name",
  "/claims/0/status",
  "/stages/2/add/units/1/parent",
  "/stages/1/add/units/1/rotation/seats/1/from",
  "/places/3/lat",
  "/meta/sources/0/date",
  "/claims/1/sources/0",
  "/stages/2/add/claims/0/id",
  "/units/1/parent",
  "/stages/2/add/relations/0/to",
];

const listedPointers = (alert: HTMLElement) =>
  within(alert)
    .getAllByRole("listitem")
    .map((li) => li.querySelector("code")?.textContent);

describe("load errors", () => {
  it("lists all ten defects of a broken model with their pointers in one alert", async () => {
    renderAppWithoutWaiting("?view=summary&model=/fixtures/ten-defects.json");
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(within(alert).getByRole("heading")).toHaveTextContent(
      "ten-defects.json could not be opened: 10 problems",
    );
    expect(listedPointers(alert).sort()).toEqual([...TEN_POINTERS].sort());
    // Each problem says what to do, in words, next to its pointer.
    for (const li of within(alert).getAllByRole("listitem"))
      expect(li.textContent!.length).toBeGreaterThan(30);
    expect(within(alert).getByRole("button", { name: "Load the default model" })).toBeInTheDocument();
  });

  it("keeps the model, selection and stage on screen when a broken model is asked for, until dismissed", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&unit=kyiv-cell&stage=2025-07");
    act(() =>
      useAtlas.getState().request(sourceFromParam("/fixtures/ten-defects.json", window.location.href)),
    );

    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent("10 problems");
    expect(alert).toHaveTextContent("The model you had is still shown");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(TITLE);
    expect(
      within(structureTree()).getByRole("treeitem", { name: /^Forward co-ordination cell, Kyiv/ }),
    ).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("combobox", { name: "Stage" })).toHaveValue("2025-07");

    await user.click(within(alert).getByRole("button", { name: "Dismiss and keep the current model" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(new URLSearchParams(window.location.search).get("model")).toBeNull();
  });

  it("names the line and column of a JSON syntax error", async () => {
    renderAppWithoutWaiting("?model=/fixtures/broken-syntax.json");
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(/line 6, column 5/);
  });

  it("refuses a model from another site with a message that says what to do", async () => {
    await renderApp("?view=summary");
    act(() =>
      useAtlas.getState().request(sourceFromParam("https://elsewhere.example/m.json", window.location.href)),
    );
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(/Only models from this site can be loaded/);
    expect(fetch).not.toHaveBeenCalledWith(expect.stringContaining("elsewhere.example"), expect.anything());
  });

  it("cuts a problem that quotes a huge piece of the file, keeping its place", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary");
    const model = JSON.parse(readFileSync(join(__dirname, "../../data/mnf-ukraine.json"), "utf8"));
    model.units[0].kind = "Q".repeat(900); // quoted in "… is not allowed here. Use one of: …"
    await user.upload(
      screen.getByLabelText(/Open a model file/),
      new File([JSON.stringify(model)], "q.json"),
    );
    const alert = await screen.findByRole("alert");
    const item = within(alert)
      .getAllByRole("listitem")
      .find((li) => li.textContent!.includes("/units/0/kind"))!;
    expect(item.textContent!.length).toBeLessThan(650);
    expect(item.textContent).toMatch(/QQQ…$/);
  });

  it("a link whose ?model= is refused names the address by its kind and says to change the address", async () => {
    renderAppWithoutWaiting("?model=javascript:alert(1)");
    const alert = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(within(alert).getByRole("heading")).toHaveTextContent(
      "The javascript: address could not be opened: 1 problem",
    );
    expect(alert).toHaveTextContent('a "javascript:" address is not one');
    expect(alert).toHaveTextContent("Change the address's ?model= to a path on this site");
    expect(alert).not.toHaveTextContent("Fix the file");
  });

  it("opens a file from disk, and a bad file after it leaves the good one on screen", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary");
    const picker = screen.getByLabelText(/Open a model file/);
    const good = readFileSync(join(__dirname, "../../data/mnf-ukraine.json"), "utf8").replace(
      '"title": "Multinational Force Ukraine (MNF-U)"',
      '"title": "My copy of MNF-U"',
    );
    await user.upload(picker, new File([good], "mine.json", { type: "application/json" }));
    expect(await screen.findByRole("heading", { level: 1, name: "My copy of MNF-U" })).toBeInTheDocument();

    await user.upload(picker, new File(["{ nope"], "bad.json", { type: "application/json" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/bad\.json could not be opened/);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("My copy of MNF-U");
  });
});
