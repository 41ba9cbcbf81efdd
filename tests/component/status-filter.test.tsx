// @vitest-environment jsdom
// The status filter shows only the chosen statuses across the views, from one place in the store
// and the URL; the status key explains each status in one sentence, from every status mark.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "./render-app";

const param = (name: string) => new URLSearchParams(window.location.search).get(name);
const details = () => screen.getByRole("region", { name: "Details" });
const filter = (container: HTMLElement) =>
  within(container).getByRole("group", { name: "Status: show only" });

describe("status filter", () => {
  it("“decided only” in the matrix: planned and reported roles go, decided ones stay, and it says how many", async () => {
    await renderApp("?view=matrix&status=decided");
    const table = await screen.findByRole("table", {}, { timeout: 10_000 });
    const matrix = table.closest("section")!;
    expect(within(filter(matrix)).getByRole("checkbox", { name: "Decided" })).toBeChecked();
    expect(within(filter(matrix)).getByRole("checkbox", { name: "Planned" })).not.toBeChecked();
    expect(filter(matrix)).toHaveTextContent(
      /\d+ statements of other statuses hidden; they are out of the table\./,
    );
    const france = within(table).getByRole("row", { name: /^France/ });
    expect(france).toHaveTextContent("Lead");
    expect(france).not.toHaveTextContent("Contributor"); // planned, by the declaration of intent
    expect(within(table).getByRole("row", { name: /^Poland/ })).not.toHaveTextContent("Logistics lead"); // reported
    expect(within(table).getAllByRole("button", { name: "Decided" }).length).toBeGreaterThan(0);
    expect(within(table).queryByRole("button", { name: "Planned" })).toBeNull();
  });

  it("lives in the URL, in the key's order, and the as-of bar says it", async () => {
    const user = userEvent.setup();
    await renderApp("?view=matrix");
    const table = await screen.findByRole("table", {}, { timeout: 10_000 });
    const matrix = table.closest("section")!;
    await user.click(within(filter(matrix)).getByRole("checkbox", { name: "Planned" }));
    await user.click(within(filter(matrix)).getByRole("checkbox", { name: "Decided" }));
    expect(param("status")).toBe("decided,planned");
    expect(screen.getByRole("region", { name: "As of" })).toHaveTextContent("Showing decided, planned only");
    await user.click(within(filter(matrix)).getByRole("button", { name: "Show every status" }));
    expect(param("status")).toBeNull();
    // The chart's filters read the same statuses (its journey in the browser: tests/e2e/through-time).
  });

  it("says in the details how many statements about the unit it hides", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&unit=mnf-u&status=decided");
    const note = within(details()).getByText(/hidden by the status filter \(showing decided only\)/);
    expect(note).toHaveTextContent(/^\d+ statements are hidden/);
    await user.click(within(note).getByRole("button", { name: "Show every status" }));
    expect(param("status")).toBeNull();
    expect(within(details()).queryByText(/hidden by the status filter/)).toBeNull();
  });

  it("“decided only” keeps the HQ's decided yearly move between Paris and London, not its reported seats", async () => {
    await renderApp("?view=summary&unit=mnf-u-hq&status=decided");
    const where = within(details()).getByRole("region", { name: "Where" });
    expect(where).toHaveTextContent("Moves every year between Paris and London.");
    expect(where).toHaveTextContent("Its seats, city by year, are hidden by the status filter.");
    expect(within(where).queryByRole("table")).toBeNull();
    expect(within(details()).getByText(/hidden by the status filter \(showing decided only\)/)).toBeInTheDocument();
  });

  it("answers an unknown status in the URL with a quiet notice, keeping the known ones", async () => {
    await renderApp("?view=summary&status=decided,maybe");
    expect(await screen.findByRole("status")).toHaveTextContent("The status filter knows no “maybe”");
    await waitFor(() => expect(param("status")).toBe("decided"));
  });
});

describe("status key", () => {
  it("opens from a status badge at that status, one sentence each, and closes back to the badge", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&unit=kyiv-cell");
    const badge = within(details()).getAllByRole("button", { name: "Planned" })[0]!;
    await user.click(badge);
    const key = screen.getByRole("dialog", { name: "What the marks mean" });
    const entries = key.querySelectorAll(".legend-entry");
    expect([...entries].map((e) => e.querySelector("dt")!.textContent)).toEqual([
      "Decided",
      "Planned",
      "Proposed",
      "Dropped",
      "Reported",
      "Weakly sourced",
    ]);
    // One sentence each: it ends with a full stop, and no sentence starts inside it.
    for (const entry of entries) {
      const sentence = entry.querySelector("dd")!.textContent!.trim();
      expect(sentence).toMatch(/\.$/);
      expect(sentence.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/);
    }
    const planned = key.querySelector('[data-topic="planned"]')!;
    expect(planned).toHaveAttribute("aria-current", "true");
    expect(planned).toHaveFocus();
    expect(planned).toHaveTextContent("happens only if a condition is met");
    await user.click(within(key).getByRole("button", { name: "Close" }));
    expect(key).not.toHaveAttribute("open");
    expect(badge).toHaveFocus();
  });

  it("tells a status from a source's grade, so a decision known from an analysis does not read as a contradiction", async () => {
    // The HQ is decided, and its only source is an analysis (OSW): a student read the key's
    // "reported: press reports or analysis" as saying the HQ could only be reported.
    const user = userEvent.setup();
    await renderApp("?view=summary&unit=mnf-u-hq");
    expect(within(details()).getAllByRole("button", { name: "Decided" }).length).toBeGreaterThan(0);
    // The codes after a citation say what they are.
    expect(details()).toHaveTextContent(/\(fact base: S0-9, S0-10\)/);
    await user.click(
      within(screen.getByRole("region", { name: "As of" })).getByRole("button", { name: "Status key" }),
    );
    const key = screen.getByRole("dialog", { name: "What the marks mean" });
    expect(key).toHaveTextContent("each source's grade (official, wire, press, analysis, aggregator)");
    expect(key).toHaveTextContent("a decision may be known from an analysis that reports it");
    expect(key.querySelector('[data-topic="reported"] dd')).toHaveTextContent(
      "Known from press reports, or from an analyst's own assessment, not from an official text.",
    );
    // A student read the cards' empty symbol frames as pictures that failed to load.
    expect(within(key).getByRole("heading", { name: "Unit symbols" })).toBeInTheDocument();
    expect(key).toHaveTextContent("A frame left empty is not a missing picture");
  });

  it("opens at “weakly sourced” from a weak mark, and from the as-of bar anywhere", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&unit=coalition");
    await user.click(within(details()).getAllByRole("button", { name: /weakly sourced/ })[0]!);
    const key = screen.getByRole("dialog", { name: "What the marks mean" });
    expect(key.querySelector('[data-topic="weak"]')).toHaveAttribute("aria-current", "true");
    expect(key).toHaveTextContent("Every source of this statement is an aggregator");
    await user.click(within(key).getByRole("button", { name: "Close" }));
    await user.click(
      within(screen.getByRole("region", { name: "As of" })).getByRole("button", { name: "Status key" }),
    );
    expect(key).toHaveAttribute("open");
    expect(key.querySelector('[aria-current="true"]')).toBeNull();
  });
});
