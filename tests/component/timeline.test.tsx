// @vitest-environment jsdom
// The timeline strip: every stage with its date, name and summary; one Tab stop, arrow keys,
// Home and End; the URL holds the stage. Compare mode starts here, and a model with one stage
// says why it has none.
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { minimalModel, stage } from "../unit/model/builders";
import { renderApp, renderAppWithoutWaiting, serve } from "./render-app";

const param = (name: string) => new URLSearchParams(window.location.search).get(name);
const stages = () => screen.findByRole("radiogroup", { name: "Stage" }, { timeout: 10_000 });
const summaryTitle = () => screen.getByRole("heading", { level: 2, name: /·/ });

describe("timeline", () => {
  it("shows the four stages in date order, each with its date, name and summary, the latest chosen", async () => {
    await renderApp("?view=summary");
    const group = await stages();
    const radios = within(group).getAllByRole("radio");
    expect(radios.map((r) => r.getAttribute("aria-checked"))).toEqual(["false", "false", "false", "true"]);
    expect(radios.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^March 2025March–April 2025 optionsWhat the coalition discussed/),
      expect.stringMatching(/^10 July 2025The coalition finalises/),
      expect.stringMatching(/^4 September 2025At the coalition's summit in Paris, 26/),
      expect.stringMatching(/^6 January 2026January 2026At the Paris summit of 6 January 2026/),
    ]);
    // Its name is its name and date; its summary describes it.
    expect(radios[0]).toHaveAccessibleName("March–April 2025 options March 2025");
    expect(radios[1]).toHaveAccessibleName("10 July 2025");
    expect(radios[1]).toHaveAccessibleDescription(/finalises the command structure/);
  });

  it("is one Tab stop; arrows move between stages and choose them, Home and End go to the ends", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary");
    const group = await stages();
    const radios = within(group).getAllByRole("radio");
    // Only the chosen stage is in the Tab order.
    expect(radios.map((r) => r.tabIndex)).toEqual([-1, -1, -1, 0]);
    radios[3]!.focus();

    await user.keyboard("{ArrowLeft}");
    expect(radios[2]).toHaveFocus();
    expect(radios[2]).toHaveAttribute("aria-checked", "true");
    expect(param("stage")).toBe("2025-09");
    // Choosing a stage changes every view: the summary now shows 4 September 2025.
    expect(summaryTitle()).toHaveTextContent("4 September 2025");

    await user.keyboard("{Home}");
    expect(radios[0]).toHaveFocus();
    expect(param("stage")).toBe("2025-03");
    expect(radios.map((r) => r.tabIndex)).toEqual([0, -1, -1, -1]);

    await user.keyboard("{ArrowUp}"); // from the first, round to the last
    expect(radios[3]).toHaveFocus();
    expect(param("stage")).toBe("2026-01");

    await user.keyboard("{Home}{ArrowRight}");
    expect(radios[1]).toHaveFocus();
    expect(param("stage")).toBe("2025-07");

    await user.keyboard("{End}");
    expect(radios[3]).toHaveAttribute("aria-checked", "true");
  });

  it("lists what a stage changed, its relations between units included", async () => {
    await renderApp("?view=summary&stage=2025-07");
    const changes = await screen.findByRole("region", { name: /^Changes since/ });
    // 10 July 2025 adds the HQ's links to the lines of effort, the sea line's to MCM Black Sea…: 8.
    expect(changes).toHaveTextContent("8 relations between units added");
  });

  it("says what changed in the count of unnamed members, and names a few new roles, nation by nation", async () => {
    // "Coalition of the Willing: Other coalition members, …, decided" and "6 nation roles added"
    // said neither what changed nor whose roles.
    await renderApp("?view=summary&stage=2026-01");
    const changes = await screen.findByRole("region", { name: /^Changes since/ });
    expect(changes).toHaveTextContent(
      /Coalition of the Willing.*, members the sources do not name: more than 30 members; 35 countries took part in the Paris summit of 6 January 2026 \(decided\); before: more than 30 members/,
    );
    expect(changes).toHaveTextContent(
      /Nation roles added: United States, monitoring lead in Ceasefire monitoring/,
    );
    expect(changes).toHaveTextContent(/Poland, logistics lead in Coalition of the Willing.* \(reported\)/);
    expect(changes).not.toHaveTextContent(/\d+ nation roles added/);
  });

  it("follows a stage chosen elsewhere (a link, the phone's select box)", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&stage=2025-07");
    const group = await stages();
    expect(within(group).getByRole("radio", { name: "10 July 2025" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    await user.selectOptions(screen.getByRole("combobox", { name: "Stage" }), "2025-03");
    expect(within(group).getByRole("radio", { name: /^March–April 2025 options/ })).toHaveAttribute(
      "aria-checked",
      "true",
    );
  });

  it("starts compare mode with the stage shown and the one before it; From and To change the pair", async () => {
    const user = userEvent.setup();
    await renderApp("?view=summary&stage=2025-09");
    await stages();
    await user.click(screen.getByRole("button", { name: "Compare two stages" }));
    expect(param("compare")).toBe("2025-07..2025-09");
    expect(screen.getByRole("button", { name: "Compare two stages" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    // In compare mode the strip shows the pair, not a radio group.
    expect(screen.queryByRole("radiogroup", { name: "Stage" })).toBeNull();
    expect(screen.getByRole("region", { name: "Timeline" })).toHaveTextContent(/From10 July 2025/);

    const from = screen.getByRole("combobox", { name: "From" });
    const to = screen.getByRole("combobox", { name: "To" });
    await user.selectOptions(to, "2026-01");
    await user.selectOptions(from, "2025-03");
    expect(param("compare")).toBe("2025-03..2026-01");
    // Only stages that keep the pair in date order can be picked.
    expect(within(from).getByRole("option", { name: "January 2026" })).toBeDisabled();
    expect(within(to).getByRole("option", { name: "March–April 2025 options" })).toBeDisabled();

    // Ending compare mode shows the later stage.
    await user.click(screen.getByRole("button", { name: "Compare two stages" }));
    expect(param("compare")).toBeNull();
    expect(param("stage")).toBe("2026-01");
    expect(await stages()).toBeInTheDocument();
  });

  it("answers a pair with the same stage twice with a quiet notice and the stage before it", async () => {
    await renderApp("?view=summary&compare=2025-09..2025-09");
    expect(await screen.findByRole("status")).toHaveTextContent(
      "A stage compared with itself shows no change, so “10 July 2025” is compared with “4 September 2025”.",
    );
    await waitFor(() => expect(param("compare")).toBe("2025-07..2025-09"));
  });

  it("answers an unknown stage with a quiet notice, keeping the stage it knows", async () => {
    await renderApp("?view=summary&compare=2025-07..2030-01");
    expect(await screen.findByRole("status")).toHaveTextContent(
      "This model has no stage “2030-01”, so “March–April 2025 options” is compared with “10 July 2025”.",
    );
    await waitFor(() => expect(param("compare")).toBe("2025-03..2025-07"));
  });

  it("answers an empty ?compare= with the default stage and the one before it, and says so", async () => {
    await renderApp("?view=summary&compare=");
    expect(await screen.findByRole("status")).toHaveTextContent(
      "The address asks to compare stages but names none, so “4 September 2025” is compared with “January 2026”.",
    );
    await waitFor(() => expect(param("compare")).toBe("2025-09..2026-01"));
  });

  it("puts a pair asked the wrong way round in date order, without a notice", async () => {
    await renderApp("?view=summary&compare=2026-01..2025-07");
    await waitFor(() => expect(param("compare")).toBe("2025-07..2026-01"));
    expect(screen.getByRole("status")).toHaveTextContent("");
  });

  it("hides compare mode for a model with one stage, says why, and answers ?compare= with a notice", async () => {
    const raw = minimalModel();
    raw.meta.title = "One stage";
    raw.stages.push(stage("only", { name: "The only stage", summary: "Nothing to compare." }));
    serve("/models/one.json", JSON.stringify(raw));
    renderAppWithoutWaiting("?model=/models/one.json&view=summary&compare=only..only");
    await screen.findByRole("heading", { level: 1, name: "One stage" }, { timeout: 10_000 });
    expect(await screen.findByText("Compare needs two stages; this model has only one.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Compare two stages" })).toBeNull();
    expect(await screen.findByRole("status")).toHaveTextContent(
      "This model has only one stage, so there is nothing to compare it with.",
    );
    await waitFor(() => expect(param("compare")).toBeNull());
    expect(within(await stages()).getAllByRole("radio")).toHaveLength(1);
  });
});

describe("the as-of bar", () => {
  it("always says the model's as-of date, and what is shown", async () => {
    await renderApp("?view=summary&compare=2025-03..2025-07&status=decided");
    const bar = screen.getByRole("region", { name: "As of" });
    expect(bar).toHaveTextContent("As of 7 January 2026");
    await waitFor(() =>
      expect(bar).toHaveTextContent("Comparing “March–April 2025 options” → “10 July 2025”"),
    );
    expect(bar).toHaveTextContent("Showing decided only");
  });
});
