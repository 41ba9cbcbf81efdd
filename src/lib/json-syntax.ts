// Where JSON text first breaks the JSON grammar. JSON.parse says so itself for most mistakes
// ("… in JSON at position 7"), but not for an unexpected character ("Unexpected token ']', …
// is not valid JSON": a trailing comma in a list, True, 'single quotes'), and browsers word it
// differently; this finds the place in any of them. Pure, iterative (no recursion, so a deeply
// nested file cannot overflow the stack), one pass.

const SPACE = new Set([" ", "\t", "\n", "\r"]);
const HEX = /^[0-9a-fA-F]$/;
const WORDS = ["true", "false", "null"];
const ESCAPED = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/** The UTF-16 offset of the first character strict JSON cannot take there (the text's length
 * when it ends too soon), or -1 when the whole text is one valid JSON value. */
export function syntaxErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  /** The closing bracket each open object or array waits for, innermost last. */
  const open: ("}" | "]")[] = [];

  const skipSpace = () => {
    while (i < n && SPACE.has(text[i]!)) i++;
  };
  /** A string from its opening quote; false with i at the fault. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < " ") return false; // a raw line break or control character
      if (c !== "\\") {
        i++;
        continue;
      }
      i++;
      if (ESCAPED.has(text[i]!)) i++;
      else if (text[i] === "u") {
        i++;
        for (let k = 0; k < 4; k++, i++) if (!HEX.test(text[i] ?? "")) return false;
      } else return false;
    }
    return false;
  };
  /** An object's key and its colon; false with i at the fault. */
  const key = (): boolean => {
    skipSpace();
    if (!string()) return false;
    skipSpace();
    if (text[i] !== ":") return false;
    i++;
    return true;
  };
  const digits = (): boolean => {
    const start = i;
    while (i < n && text[i]! >= "0" && text[i]! <= "9") i++;
    return i > start;
  };
  /** A number; false with i at the fault (a "." or "e" commits it to the digits after them). */
  const number = (): boolean => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (!digits()) return false;
    if (text[i] === ".") {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (!digits()) return false;
    }
    return true;
  };
  /** A number or a literal (true, false, null); false with i at the fault. */
  const scalar = (): boolean => {
    if (text[i] === '"') return string();
    if (text[i] === "-" || (text[i]! >= "0" && text[i]! <= "9")) return number();
    const word = WORDS.find((w) => w[0] === text[i]);
    if (!word) return false;
    // At the first letter that differs ("Flase" at its "l"), as JSON.parse points.
    for (const letter of word) {
      if (text[i] !== letter) return false;
      i++;
    }
    return true;
  };

  let wantValue = true;
  for (;;) {
    skipSpace();
    if (wantValue) {
      if (i >= n) return n;
      const c = text[i];
      if (c === "{" || c === "[") {
        const close = c === "{" ? "}" : "]";
        i++;
        skipSpace();
        if (text[i] === close) {
          i++;
          wantValue = false;
        } else {
          open.push(close);
          if (close === "}" && !key()) return i;
        }
        continue;
      }
      if (!scalar()) return i;
      wantValue = false;
      continue;
    }
    // After a value: the end, a comma, or the innermost bracket's close.
    if (open.length === 0) return i < n ? i : -1;
    const c = text[i];
    if (c === ",") {
      i++;
      if (open.at(-1) === "}" && !key()) return i;
      wantValue = true;
    } else if (c === open.at(-1)) {
      i++;
      open.pop();
    } else return i;
  }
}
