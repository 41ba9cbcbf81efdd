// ?model= addresses: which are loaded, what a refusal says, and what the alert's heading calls them.
import { describe, expect, it } from "vitest";
import { resolveModelUrl } from "../../../src/load/queries";
import { originName } from "../../../src/load/model-text";

const PAGE = "https://atlas.example/app/?model=x";

describe("resolveModelUrl", () => {
  it("loads a path on this site, a '#' in its name kept as part of the name", () => {
    expect(resolveModelUrl("./models/plan.json", PAGE)).toEqual({
      url: "https://atlas.example/app/models/plan.json",
    });
    // The link had ?model=./a%23b.json: the file is "a#b.json", not "a" with a fragment.
    expect(resolveModelUrl("./a#b.json", PAGE)).toEqual({ url: "https://atlas.example/app/a%23b.json" });
  });

  it("refuses another site, naming it", () => {
    const answer = resolveModelUrl("https://elsewhere.example/m.json", PAGE);
    expect("refused" in answer && answer.refused).toMatch(/"https:\/\/elsewhere\.example" is another site/);
  });

  it("refuses javascript: and data: addresses by their kind, not as a site called null", () => {
    for (const [param, scheme] of [
      ["javascript:alert(1)", "javascript:"],
      ["data:application/json,{}", "data:"],
    ]) {
      const answer = resolveModelUrl(param!, PAGE);
      const refused = "refused" in answer ? answer.refused : "";
      expect(refused, param).toContain(`a "${scheme}" address is not one`);
      expect(refused, param).not.toContain("null");
    }
  });
});

describe("originName", () => {
  it("gives an address's file name as its author wrote it", () => {
    expect(originName("https://atlas.example/app/m%C3%B3j%20b%C5%82%C4%85d.json")).toBe("mój błąd.json");
    expect(originName("https://atlas.example/app/a%23b.json?v=2")).toBe("a#b.json");
    expect(originName("https://elsewhere.example/")).toBe("elsewhere.example");
  });

  it("gives a picked file's name as it is, and names an address without a file by its kind", () => {
    expect(originName("report #2 (100%).json")).toBe("report #2 (100%).json");
    expect(originName('data:application/json,{"units":[1/2]}')).toBe("The data: address");
    expect(originName("javascript:alert(1)")).toBe("The javascript: address");
  });
});
