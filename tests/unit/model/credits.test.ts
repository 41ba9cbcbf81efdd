// The credit line under embeds and exports: outlets once each, strongest first, grades in words.
import { sourceCredits, sourceLine, creditWords } from "../../../src/model/credits";
import { resolveStage } from "../../../src/model/stages";
import { validateModel } from "../../../src/model/validate";
import { sourcesById } from "../../../src/state/selectors";
import { minimalModel } from "./builders";

function modelWith(sources: Record<string, unknown>[], unitSources: string[][]) {
  const raw = minimalModel();
  raw.meta.sources = sources;
  raw.units.forEach((u, i) => (u.sources = unitSources[i] ?? unitSources[0]!));
  const result = validateModel(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.model;
}

const source = (id: string, publisher: string, grade?: string, original?: string) => ({
  id,
  title: id,
  publisher,
  date: "2025-07-10",
  ...(grade ? { grade } : {}),
  ...(original ? { original } : {}),
});

describe("sourceCredits", () => {
  it("names a carrier as such, with its grade in words", () => {
    const model = modelWith([source("a", "Dunya News", "wire", "Reuters")], [["a"]]);
    const credits = sourceCredits(resolveStage(model, null), sourcesById(model));
    expect(credits.map(creditWords)).toEqual(["Reuters, as carried by Dunya News (wire)"]);
  });

  it("lists each outlet once, strongest grade first, then the most cited", () => {
    const model = modelWith(
      [source("p1", "Paper", "press"), source("p2", "Paper", "press"), source("m", "Ministry", "official"), source("w", "Wire", "wire"), source("x", "Other paper", "press")],
      [["p1", "p2", "w"], ["p1", "m", "x"]],
    );
    const credits = sourceCredits(resolveStage(model, null), sourcesById(model));
    expect(credits.map((c) => [c.outlet, c.statements])).toEqual([
      ["Ministry", 1],
      ["Wire", 1],
      ["Paper", 2],
      ["Other paper", 1],
    ]);
  });

  it("orders outlets alike in grade and count from A to Z, accents and case aside", () => {
    const names = ["Zeit Online", "Élysée", "le Monde", "Agence France-Presse", "Elysée"];
    const model = modelWith(
      names.map((name, i) => source(`s${i}`, name, "press")),
      [names.map((_, i) => `s${i}`)],
    );
    expect(sourceCredits(resolveStage(model, null), sourcesById(model)).map((c) => c.outlet)).toEqual([
      "Agence France-Presse",
      "Elysée",
      "Élysée",
      "le Monde",
      "Zeit Online",
    ]);
  });

  it("says a source without a grade is not graded, and ranks it last", () => {
    const model = modelWith([source("u", "Blog"), source("a", "Aggregator site", "aggregator")], [["u", "a"]]);
    expect(sourceCredits(resolveStage(model, null), sourcesById(model)).map(creditWords)).toEqual([
      "Aggregator site (aggregator)",
      "Blog (not graded)",
    ]);
  });
});

describe("sourceLine", () => {
  const credits = ["A", "B", "C"].map((outlet) => ({ outlet, grade: "press" as const, statements: 1 }));
  it("names the first outlets and counts the rest, never dropping them silently", () => {
    expect(sourceLine(credits, 2)).toBe("Sources: A (press); B (press); and 1 more");
    expect(sourceLine(credits)).toBe("Sources: A (press); B (press); C (press)");
  });
  it("says when a stage cites nothing", () => {
    expect(sourceLine([])).toBe("Sources: none cited in this stage");
  });
});
