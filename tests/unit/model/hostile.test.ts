// The hostile models of tests/fixtures/hostile/: the loader (the validation worker's checks)
// never throws on any of them, and ends with the model or with problems at JSON pointers that
// lead into the file, exactly the ones each fixture expects.
import { checkModelPatches, checkModelText } from "../../../src/load/check-text";
import { applyPatches } from "../../../src/load/patches";
import { resolveStage } from "../../../src/model";
import { indexModel } from "../../../src/state/selectors";
import { layoutTree } from "../../../src/layout/tree";
import { visibleRows } from "../../../src/layout/outline";
import { DEEP_CHAIN_DEPTH, HOSTILE_FIXTURES, hostileFixture } from "../../fixtures/hostile";
import { expectModelOrPointedProblems } from "../fuzz/fuzz";

describe("hostile models", () => {
  afterEach(() => {
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it.each(HOSTILE_FIXTURES.map((f) => [f.name, f] as const))(
    "%s: the loader ends as the fixture expects, with pointers into the file",
    (_, fixture) => {
      const text = fixture.text();
      let result!: ReturnType<typeof checkModelText>;
      expect(() => (result = checkModelText(text))).not.toThrow();
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        raw = undefined;
      }
      expectModelOrPointedProblems(raw, result);
      if (fixture.expected.ok) {
        expect(result.ok ? [] : result.problems).toEqual([]);
        if (result.ok) {
          expect(result.model.meta.title).toBe(fixture.expected.title);
          // The worker's answer rebuilds the same model in the page.
          const patched = checkModelPatches(text);
          expect(patched.ok).toBe(true);
          if (patched.ok) expect(applyPatches(JSON.parse(text), patched.patches)).toStrictEqual(result.model);
        }
      } else {
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.problems.map((p) => p.pointer).sort()).toEqual([...fixture.expected.pointers].sort());
      }
    },
  );

  it("says how big the 6 MB file is and what the limit is", () => {
    const result = checkModelText(hostileFixture("a 6 MB file").text());
    expect(result.ok ? "" : result.problems[0]!.message).toMatch(/6\.0 MB.*at most 5\.0 MB/);
  });

  it("counts the 25,000 units against the limit", () => {
    const result = checkModelText(hostileFixture("25,000 units").text());
    expect(result.ok ? "" : result.problems[0]!.message).toMatch(/25,000 units; at most 20,000/);
  });

  it("names the scheme of a javascript: or data: address and says only https:// is linked", () => {
    const result = checkModelText(hostileFixture("javascript: and data: source addresses").text());
    const messages = result.ok ? [] : result.problems.map((p) => p.message);
    expect(messages[0]).toMatch(/"javascript:".*https:\/\//);
    expect(messages[1]).toMatch(/"data:".*https:\/\//);
  });

  it("says how long the 210-character short name is and where the full name goes", () => {
    const result = checkModelText(hostileFixture("a 210-character short name").text());
    expect(result.ok ? "" : result.problems[0]!.message).toMatch(
      /at most 24 characters; this one has 210.*"name"/,
    );
  });

  it("lays out and lists the 10,000-deep chain fully expanded, without overflowing the stack", () => {
    const result = checkModelText(hostileFixture("a 10,000-deep parent chain").text());
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    const index = indexModel(resolveStage(result.model, null));
    const all = new Set(index.children.keys());
    const layout = layoutTree(index.roots, index.children, all);
    expect(layout.cards).toHaveLength(DEEP_CHAIN_DEPTH);
    expect(Math.max(...layout.cards.map((c) => c.depth))).toBe(DEEP_CHAIN_DEPTH - 1);
    const rows = visibleRows(index.roots, index.children, all);
    expect(rows.at(-1)?.level).toBe(DEEP_CHAIN_DEPTH);
  });
});
