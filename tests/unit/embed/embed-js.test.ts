// @vitest-environment jsdom
// public/embed.js, the host script: it sizes the iframe that sent the message (matched by its
// window, not its id or src), only from the site it came from, only for our message, and only
// its style.height.
import { readFileSync } from "node:fs";
import path from "node:path";

const script = readFileSync(path.resolve(import.meta.dirname, "../../../public/embed.js"), "utf8");
const ATLAS = "https://atlas.example.org";

function hostPage() {
  document.body.innerHTML = `<iframe id="a" src="${ATLAS}/embed.html"></iframe><iframe id="b" src="${ATLAS}/embed.html?view=map"></iframe>`;
  const el = document.createElement("script");
  el.src = `${ATLAS}/embed.js`;
  document.body.append(el);
  // The script reads document.currentScript: run it as that element would.
  Object.defineProperty(document, "currentScript", { value: el, configurable: true });
  delete (window as unknown as Record<string, unknown>).commandAtlasEmbed;
  window.eval(script);
  Object.defineProperty(document, "currentScript", { value: null, configurable: true });
  const [a, b] = [...document.querySelectorAll("iframe")];
  return { a: a!, b: b! };
}

const post = (data: unknown, source: Window | null, origin = ATLAS) =>
  window.dispatchEvent(new MessageEvent("message", { data, source, origin }));

describe("embed.js", () => {
  it("sets the height of the frame whose window sent the message, and of no other", () => {
    const { a, b } = hostPage();
    post({ type: "command-atlas:height", height: 731.2 }, b.contentWindow);
    expect(b.style.height).toBe("732px");
    expect(a.style.height).toBe("");
    expect(b.getAttribute("style")).toBe("height: 732px;");
  });

  it("ignores other shapes, other sites and nonsense heights", () => {
    const { a } = hostPage();
    post({ "datawrapper-height": { x: 500 } }, a.contentWindow);
    post({ type: "command-atlas:height", height: 500 }, a.contentWindow, "https://elsewhere.example");
    post({ type: "command-atlas:height", height: "500" }, a.contentWindow);
    post({ type: "command-atlas:height", height: -5 }, a.contentWindow);
    post("command-atlas:height", a.contentWindow);
    expect(a.style.height).toBe("");
  });

  it("listens once even when included twice", () => {
    hostPage();
    const added = vi.spyOn(window, "addEventListener");
    window.eval(script);
    expect(added.mock.calls.filter(([type]) => type === "message")).toEqual([]);
    added.mockRestore();
  });
});
