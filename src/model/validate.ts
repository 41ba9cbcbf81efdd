// From text or parsed JSON to a trusted model, or to the full list of problems with pointers.
import { CommandModel } from "./schema";
import { checkLocatedIntegrity } from "./integrity";
import { locateModel } from "./located";
import { salvageModel } from "./salvage";
import type { Model, Problem } from "./types";
import { inFileOrder, lineAndColumn } from "../lib/json-pointer";
import { syntaxErrorOffset } from "../lib/json-syntax";
import { shapeProblem } from "./shape-problems";

export type Validation = { ok: true; model: Model } | { ok: false; problems: Problem[] };

/** Parses JSON text; a syntax error names its line and column. */
export function parseModelText(text: string): Validation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error)] };
  }
  return validateModel(raw);
}

/** What no JSON text has: control characters other than line breaks and tabs, or what is left
 * of bytes that are not UTF-8 at all. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/;

/** Text that opens as a web page does: "<!doctype html>", "<html>", "<?xml …". */
const WEB_PAGE = /^\uFEFF?\s*<(!doctype|html|head|body|\?xml)\b/i;

export function jsonSyntaxProblem(text: string, error: unknown): Problem {
  // A missing file on many hosts (and `vite preview`) comes back as the site's own page, not a
  // 404: its "<" is no comma's fault.
  if (WEB_PAGE.test(text.slice(0, 200)))
    return {
      pointer: "",
      message:
        "The file is a web page (HTML), not a model in JSON. From an address, this usually means there is no model file there: many sites answer a missing file with one of their pages. Check the address and the file's name, or open a model's .json file.",
    };
  // An empty file (a save that failed, a download cut short) has no syntax to fix.
  if (/^\uFEFF?\s*$/.test(text))
    return {
      pointer: "",
      message:
        "The file is empty: it holds no model. Open the model's .json file again, or save it again from where it was made.",
    };
  // A picture, a PDF or a word-processor file read as text: no comma to fix.
  if (BINARY.test(text.slice(0, 1000)))
    return {
      pointer: "",
      message:
        "The file is not text: it holds binary data (a picture, a PDF or a word-processor document, say), not a model in JSON. Open the model's .json file.",
    };
  const message = error instanceof Error ? error.message : String(error);
  // The place from our own reading of the text: the browser's message does not always name it.
  const fault = syntaxErrorOffset(text);
  const at = lineAndColumn(text, fault >= 0 ? fault : text.length);
  // "Unexpected token ']', "…[1,2,]…" is not valid JSON" quotes the text around it, clipped:
  // the character alone says it more plainly.
  const unexpected = /^Unexpected token/.test(message) && fault >= 0 && fault < text.length;
  const reason = unexpected
    ? `Unexpected ${JSON.stringify(text[fault])}`
    : message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "");
  return {
    pointer: "",
    message: `The file is not valid JSON: ${reason} at line ${at.line}, column ${at.column}. Fix the syntax there (${syntaxHint(text, fault)}).`,
  };
}

/** The likely cause at the fault: a comma too many is told apart from the usual missing one. */
function syntaxHint(text: string, fault: number): string {
  const at = text[fault];
  const before = text.slice(0, Math.max(0, fault)).trimEnd().at(-1);
  if (at === ",") return "a comma too many: two in a row, or one before the first item";
  if ((at === "]" || at === "}") && before === ",")
    return "a comma after the last item, which JSON does not allow: remove it";
  return "a missing comma, quote or bracket is the usual cause";
}

/** Shape problems (zod) and integrity problems together, so the author sees every one at once. */
export function validateModel(raw: unknown): Validation {
  // The happy path first, lean: a valid model needs no per-entity re-parse and no issue inputs.
  const valid = CommandModel.safeParse(raw);
  if (valid.success) {
    const problems = checkLocatedIntegrity(locateModel(valid.data));
    return problems.length
      ? { ok: false, problems: inFileOrder(raw, problems) }
      : { ok: true, model: valid.data };
  }
  // reportInput: zod 4 leaves issue.input out otherwise, and messages quote the offending value.
  const parsed = CommandModel.safeParse(raw, { reportInput: true });
  const shape = parsed.success ? [] : parsed.error.issues.map((issue) => shapeProblem(issue));
  const salvaged = salvageModel(raw);
  const integrity = salvaged ? checkLocatedIntegrity(salvaged) : [];
  // In the file's order, whichever check found them: an author fixes the file from the top.
  return { ok: false, problems: inFileOrder(raw, [...shape, ...integrity]) };
}
