// @vitest-environment jsdom
// The details panel answers a student's questions about one unit, each answer with its source.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { minimalModel } from "../unit/model/builders";
import { renderApp, renderAppWithoutWaiting, serve, structureTree } from "./render-app";

const details = () => screen.getByRole("region", { name: "Details" });

describe("details panel", () => {
  it("invites a selection before one is made", async () => {
    await renderApp("?view=summary");
    expect(within(details()).getByText(/Select a unit in the structure/)).toBeInTheDocument();
  });

  it("says why a port the sources do not name is on the map: the sea line, with its status and sources", async () => {
    await renderApp("?view=summary&place=odesa");
    const panel = within(details());
    expect(panel.getByRole("heading", { level: 2 })).toHaveTextContent("Odesa");
    // Its note says the sources name no port; the sea line it stands for carries them.
    const why = panel.getByRole("heading", { name: "Why it is on the map" }).closest("section")!;
    expect(why).toHaveTextContent(/Sea line of effort.*Planned/);
    expect(within(why).getAllByRole("link", { name: /Source:/ }).length).toBeGreaterThan(0);
  });

  it("gives a city, on the map for what sits there, no such section", async () => {
    await renderApp("?view=summary&place=paris");
    expect(within(details()).getByRole("heading", { level: 2 })).toHaveTextContent("Paris");
    expect(within(details()).queryByRole("heading", { name: "Why it is on the map" })).toBeNull();
  });

  it("shows what the Kyiv cell is, its condition, who commands it, where it sits and its sources", async () => {
    await renderApp("?view=summary&unit=kyiv-cell");
    const panel = within(details());
    expect(panel.getByRole("heading", { level: 2 })).toHaveTextContent("Forward co-ordination cell, Kyiv");
    expect(panel.getAllByText("Planned").length).toBeGreaterThan(0);
    expect(panel.getByText("Condition:").parentElement).toHaveTextContent(
      "Only if Western forces deploy to Ukraine",
    );

    const command = panel.getByRole("heading", { name: "Command" }).closest("section")!;
    expect(command).toHaveTextContent(/Two-star general \(OF-7\), United Kingdom/);
    expect(command).toHaveTextContent(/No person has been named/);

    const where = panel.getByRole("heading", { name: "Where" }).closest("section")!;
    expect(where).toHaveTextContent("Kyiv");

    // Inline references carry the full citation and point into the panel's own source list.
    const citation = panel.getAllByRole("link", {
      name: /^Justyna Gotkowska, July 2025\. Source: Justyna Gotkowska, “The Coalition of the Willing/,
    })[0]!;
    const target = document.getElementById(citation.getAttribute("href")!.slice(1));
    expect(target).not.toBeNull();
    expect(details()).toContainElement(target);
    expect(target).toHaveTextContent(/OSW Centre for Eastern Studies/);
  });

  it("shows the headquarters' rotation between Paris and London, each seat with status and source", async () => {
    await renderApp("?view=summary&unit=mnf-u-hq");
    const table = within(details()).getByRole("table", { name: /Seats of Coalition multinational headquarters/ });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual(["Paris", "London"]);
    for (const row of rows) {
      expect(row).toHaveTextContent("Reported");
      expect(within(row).getAllByRole("link", { name: /\. Source: / }).length).toBeGreaterThan(0);
    }
    expect(within(details()).getByText(/Three-star general \(OF-8\)/)).toBeInTheDocument();
  });

  it("says in words where a placement or a link is our reading, not a source's", async () => {
    await renderApp("?view=summary&unit=mnf-u-hq");
    const structure = within(details())
      .getByRole("heading", { name: "Place in the structure" })
      .closest("section")!;
    expect(structure).toHaveTextContent(/Our reading: The seed describes a new permanent multinational headquarters/);
    const relations = within(details()).getByRole("heading", { name: "Relations" }).closest("section")!;
    const land = within(relations).getByRole("button", { name: /Land line of effort/ }).closest("li")!;
    expect(land).toHaveTextContent(/Coordinates Land line of effort.*Our reading: .*does not put the land effort/);
    // A link a source states carries no such words.
    const cjf = within(relations).getByRole("button", { name: /Combined Joint Force/ }).closest("li")!;
    expect(cjf).not.toHaveTextContent(/Our reading/);
  });

  it("shows each citation's grade, the carrier named as such", async () => {
    await renderApp("?view=summary&unit=mnf-u-hq");
    const table = within(details()).getByRole("table", { name: /Seats of Coalition multinational headquarters/ });
    expect(table).toHaveTextContent(/Reuters, as carried by Dunya News, 10 July 2025\s*source grade: wire/);
    expect(table).toHaveTextContent(/Justyna Gotkowska, July 2025\s*source grade: analysis/);
  });

  it("moves to a related unit from a link in the panel, keeping the tree in step", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&unit=kyiv-cell");
    const structure = within(details())
      .getByRole("heading", { name: "Place in the structure" })
      .closest("section")!;
    // The Kyiv cell is part of the HQ (the seed: "the HQ's forward element").
    await user.click(within(structure).getByRole("button", { name: /Coalition multinational headquarters/ }));
    expect(within(details()).getByRole("heading", { level: 2 })).toHaveTextContent("Coalition multinational headquarters");
    expect(
      within(structureTree()).getByRole("treeitem", { name: /^Coalition multinational headquarters,/ }),
    ).toHaveAttribute("aria-selected", "true");
  });

  it("renders model text as text, never as HTML", async () => {
    const model = minimalModel();
    const markup = '<img src="x" onerror="alert(1)"><b>bold</b>';
    model.units[0]!.description = markup;
    serve("/models/markup.json", JSON.stringify(model));
    renderAppWithoutWaiting("?view=summary&model=/models/markup.json&unit=hq");
    const panel = within(await screen.findByRole("region", { name: "Details" }, { timeout: 10_000 }));
    expect(await panel.findByText(markup)).toBeInTheDocument();
    expect(details().querySelector("img, b")).toBeNull();
  });
});
