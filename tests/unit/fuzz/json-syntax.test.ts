// Where a model file's JSON first goes wrong (src/lib/json-syntax.ts): the place the app names
// in "line …, column …", also for the mistakes whose browser message names none.
import fc from "fast-check";
import { syntaxErrorOffset } from "../../../src/lib/json-syntax";
import { runs } from "./fuzz";

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
/** The offset V8 names in its message, where it names one. */
const v8Position = (text: string): number | null => {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const found = / at position (\d+)/.exec((error as Error).message);
    return found ? Number(found[1]) : null;
  }
};

describe("syntaxErrorOffset", () => {
  it("finds the mistakes whose browser message gives no place", () => {
    // A trailing comma in a list: at the bracket after it.
    expect(syntaxErrorOffset('{"a": [1, 2,]}')).toBe(12);
    // Two commas in a list: at the second.
    expect(syntaxErrorOffset("[{}\n ,, {}]")).toBe(6);
    // Words JSON does not have, and single quotes: at their first letter.
    expect(syntaxErrorOffset('{"ok": True}')).toBe(7);
    expect(syntaxErrorOffset("{'a': 1}")).toBe(1);
    expect(syntaxErrorOffset('{"a": NaN}')).toBe(6);
    // A byte-order mark is not JSON (JSON.parse refuses it too).
    expect(syntaxErrorOffset("\uFEFF{}")).toBe(0);
  });

  it("finds the rest where JSON.parse does, and the end where the text stops too soon", () => {
    expect(syntaxErrorOffset('{"a": 1 "b": 2}')).toBe(8);
    expect(syntaxErrorOffset('{"a" 1}')).toBe(5);
    expect(syntaxErrorOffset('{"a": 1,}')).toBe(8);
    expect(syntaxErrorOffset('{"a": "line\nbreak"}')).toBe(11);
    expect(syntaxErrorOffset('{"a": "\\x"}')).toBe(8);
    expect(syntaxErrorOffset("[01]")).toBe(2);
    expect(syntaxErrorOffset('{"a": [1, 2')).toBe(11);
    expect(syntaxErrorOffset('"open')).toBe(5);
    expect(syntaxErrorOffset("{} {}")).toBe(3);
  });

  it("says -1 for valid JSON, and reads a file nested 100,000 deep without overflowing the stack", () => {
    for (const text of ["{}", " [ ] ", '{"a":[1,-2.5e+3,true,false,null,"\\u00e9\\n"]}', "0", '""'])
      expect(syntaxErrorOffset(text), text).toBe(-1);
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(syntaxErrorOffset(deep)).toBe(-1);
    expect(syntaxErrorOffset(deep.slice(0, -1))).toBe(199_999);
  });

  it("agrees with JSON.parse on any text, and on the place wherever JSON.parse names one", () => {
    // Valid JSON with one character put in, taken out or changed, from JSON's own alphabet.
    const alphabet = fc.constantFrom(..."{}[],:\" 0123456789.-+eEtrufalsn\\/\n\tx'");
    const edited = fc
      .tuple(fc.json({ maxDepth: 4 }), fc.nat(), fc.constantFrom("insert", "delete", "replace"), alphabet)
      .map(([json, at, edit, c]) => {
        const i = at % (json.length + 1);
        if (edit === "insert") return json.slice(0, i) + c + json.slice(i);
        if (edit === "delete") return json.slice(0, i) + json.slice(i + 1);
        return json.slice(0, i) + c + json.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(edited, fc.string(), fc.json()), (text) => {
        const offset = syntaxErrorOffset(text);
        expect(offset === -1, JSON.stringify(text)).toBe(parses(text));
        expect(offset).toBeLessThanOrEqual(text.length);
        const named = v8Position(text);
        if (named !== null) expect(offset, JSON.stringify(text)).toBe(named);
      }),
      runs(3000),
    );
  });
});
