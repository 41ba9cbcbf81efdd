// Parent loops are reported at each unit on the loop, never at units merely hanging below it,
// and finding them walks each unit once: a 10,000-deep chain is checked like any other model.
import { checkIntegrity } from "../../../src/model/integrity";
import { CommandModel } from "../../../src/model/schema";
import { minimalModel } from "./builders";

function chain(depth: number, loopAtTop: boolean) {
  const m = minimalModel();
  const template = m.units[1]!;
  m.units = Array.from({ length: depth }, (_, i) => ({
    ...template,
    id: `u${i}`,
    shortName: `U${i}`,
    ...(i > 0 ? { parent: `u${i - 1}` } : loopAtTop ? { parent: "u2" } : { parent: undefined }),
  }));
  return CommandModel.parse(m);
}

describe("parent loops", () => {
  it("are reported at the loop's members only, not at the units below it", () => {
    const problems = checkIntegrity(chain(6, true));
    expect(problems.map((p) => p.pointer)).toEqual(["/units/0/parent", "/units/1/parent", "/units/2/parent"]);
  });

  it("leave a 10,000-deep chain without a loop unreported", () => {
    expect(checkIntegrity(chain(10_000, false))).toEqual([]);
  });

  it("find the loop at the top of a 10,000-deep chain", () => {
    expect(checkIntegrity(chain(10_000, true)).map((p) => p.pointer)).toEqual([
      "/units/0/parent",
      "/units/1/parent",
      "/units/2/parent",
    ]);
  });
});
