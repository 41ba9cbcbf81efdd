// A syntax error in a model file names the line and column where parsing stopped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseModelText } from "../../../src/model/validate";
import { minimalModel } from "./builders";

const fixture = path.resolve(import.meta.dirname, "../../fixtures/broken-syntax.json");

describe("parseModelText", () => {
  it("reports a missing comma at the line and column of the token after it", () => {
    // Line 5 ends without a comma; parsing stops at the quote opening "licence" on line 6, column 5.
    const result = parseModelText(readFileSync(fixture, "utf8"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.pointer).toBe("");
    expect(result.problems[0]!.message).toContain("line 6, column 5");
    expect(result.problems[0]!.message).toMatch(/missing comma/);
  });

  it("counts lines from 1 and columns from 1 for an error on the first line", () => {
    const result = parseModelText('{"format" "command-atlas/1"}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toContain("line 1, column 11");
  });

  it("names the place of a mistake the browser's message gives no place for, not the file's end", () => {
    // A trailing comma in a list on line 3: JSON.parse says "Unexpected token ']'" and no more.
    const text = '{\n  "format": "command-atlas/1",\n  "units": [1, 2,],\n  "meta": {}\n}\n';
    const result = parseModelText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.message).toContain('Unexpected "]" at line 3, column 18');
    expect(result.problems[0]!.message).toContain("a comma after the last item, which JSON does not allow");
    // Two commas in a row: the second is the one to remove.
    const doubled = parseModelText('{\n  "units": [{}, , {}]\n}');
    expect(!doubled.ok && doubled.problems[0]!.message).toMatch(/line 2, column 17\. .*a comma too many/);
    // A word JSON does not have, on line 2.
    const capital = parseModelText('{\n  "ok": True\n}');
    expect(!capital.ok && capital.problems[0]!.message).toContain("line 2, column 9");
  });

  it("says a picture or other binary file is not text, rather than pointing at a character in it", () => {
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    for (const file of [
      png,
      new TextDecoder().decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xe2, 0xe3, 0xcf])),
    ]) {
      const result = parseModelText(file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems[0]!.message).toMatch(/^The file is not text: it holds binary data/);
      expect(result.problems[0]!.message).not.toMatch(/comma|line \d/);
    }
  });

  it("says a web page is not a model, rather than blaming a comma, when a missing file comes back as the site's page", () => {
    for (const page of [
      '<!doctype html>\n<html lang="en"><head>',
      "\uFEFF  <HTML><body>",
      '<?xml version="1.0"?><error/>',
    ]) {
      const result = parseModelText(page);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems[0]!.message, page).toMatch(
        /^The file is a web page \(HTML\), not a model in JSON\./,
      );
      expect(result.problems[0]!.message).toMatch(/Check the address/);
      expect(result.problems[0]!.message).not.toMatch(/comma/);
    }
    // Other text that is not JSON keeps its line and column.
    const stray = parseModelText("< not a page");
    expect(!stray.ok && stray.problems[0]!.message).toMatch(/line 1, column 1/);
  });

  it("says an empty file is empty, rather than pointing at line 1, column 1", () => {
    for (const empty of ["", "  \n\t", "\uFEFF"]) {
      const result = parseModelText(empty);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems[0]!.message, JSON.stringify(empty)).toMatch(/^The file is empty/);
      expect(result.problems[0]!.message).not.toMatch(/comma|line 1/);
    }
  });

  it("lists a file's problems in the file's order, whichever check found them", () => {
    const model = minimalModel();
    model.units[0]!.status = "maybe"; // shape
    model.units[1]!.parent = "nobody"; // a reference
    model.units.push({ ...model.units[1]!, id: "third", parent: "hq", name: undefined }); // shape
    model.roles.push({
      id: "xx-hq",
      nation: "XX",
      unit: "hq",
      role: "lead",
      status: "decided",
      sources: ["src-a"],
    }); // a reference
    const result = parseModelText(JSON.stringify(model));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Roles come before units in this file; units by index. Each group is there, in that order.
    const groups = ["/roles/0/", "/units/0/", "/units/1/", "/units/2/"];
    const groupOf = (pointer: string) => groups.findIndex((g) => `${pointer}/`.startsWith(g));
    const found = result.problems.map((p) => groupOf(p.pointer));
    expect(found, result.problems.map((p) => p.pointer).join(", ")).toEqual([...found].sort((x, y) => x - y));
    expect(new Set(found)).toEqual(new Set([0, 1, 2, 3]));
  });

  it("goes on to validate well-formed JSON rather than reporting a syntax error", () => {
    const result = parseModelText("{}");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.pointer)).toEqual(["/format", "/meta"]);
  });
});
