// @vitest-environment jsdom
// The frame every exported picture shares: a well-formed SVG whose title, stage, "as of", key and
// source line are text (selectable, searchable), with the embedded font, at the size asked for.
import { bodyRoom, framePicture, el, escapeXml, wrapText, fontFaceCss } from "../../../src/export/svg";
import type { EmbeddedFont } from "../../../src/export/svg";
import { paletteFor } from "../../../src/export/palette";

const palette = paletteFor("light");
const font: EmbeddedFont = {
  family: "Atkinson Hyperlegible Next",
  style: "normal",
  weight: "200 800",
  src: "data:font/woff2;base64,AAAA",
  format: "woff2-variations",
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.querySelector("parsererror")).toBeNull();
  return doc;
}
const texts = (doc: Document) => [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "");

const input = {
  title: "Multinational Force Ukraine (MNF-U)",
  subtitle: "Org chart · Stage: January 2026 · As of 7 January 2026",
  body: { width: 900, height: 400, svg: el("rect", { width: 900, height: 400, fill: "#ccc" }) },
  legend: [{ mark: el("path", { d: "M0,7H28", stroke: "#000" }), label: "Part of (tree)" }],
  sourceLine: "Sources: Reuters, as carried by Dunya News (wire); and 3 more",
  credit: "Made with Command Atlas.",
  palette,
  fontFamily: '"Atkinson Hyperlegible Next", system-ui, sans-serif',
  fonts: [font],
  description: "Org chart of MNF-U.",
};
const picture = (patch = {}) => framePicture({ ...input, ...patch });

describe("framePicture", () => {
  it("is a well-formed SVG holding title, stage, as-of, key and sources as text", () => {
    const doc = parse(picture().svg);
    const all = texts(doc).join(" ");
    expect(all).toContain("Multinational Force Ukraine (MNF-U)");
    expect(all).toContain("As of 7 January 2026");
    expect(all).toContain("Stage: January 2026");
    expect(all).toContain("Part of (tree)");
    expect(all).toContain("Sources: Reuters, as carried by Dunya News (wire)");
    expect(doc.querySelector("title")?.textContent).toBe("Multinational Force Ukraine (MNF-U)");
  });

  it("embeds the font as a data: URL and names it first", () => {
    const { svg } = picture();
    expect(svg).toContain('@font-face{font-family:"Atkinson Hyperlegible Next"');
    expect(svg).toContain('src:url("data:font/woff2;base64,AAAA") format("woff2-variations")');
    expect(parse(svg).documentElement.getAttribute("font-family")).toMatch(/^"Atkinson Hyperlegible Next"/);
  });

  it("takes its natural size from the body, and the social size when asked", () => {
    const natural = picture();
    expect(natural.width).toBe(948);
    expect(parse(natural.svg).documentElement.getAttribute("height")).toBe(String(natural.height));
    const social = picture({
      size: { width: 1200, height: 675 },
      body: { width: 3000, height: 900, svg: "" },
    });
    expect([social.width, social.height]).toEqual([1200, 675]);
    expect(parse(social.svg).documentElement.getAttribute("viewBox")).toBe("0 0 1200 675");
  });

  it("in the social size, puts a long key beside a map-shaped body, which is then drawn larger; a wide body keeps its key below", () => {
    const SOCIAL = { width: 1200, height: 675 };
    const legend = Array.from({ length: 12 }, (_, i) => ({
      mark: el("path", { d: "M0,7H28" }),
      label: `Key item ${i + 1}: what this mark stands for`,
    }));
    const shapeOfMap = { width: 1200, height: 820 };
    const room = bodyRoom({ ...input, legend, size: SOCIAL }, shapeOfMap);
    // The key below would leave the body under 330 px of height; beside it, the room is a map's shape.
    expect(room.height).toBeGreaterThan(420);
    expect(room.width).toBeLessThan(900);
    const scaleOf = (svg: string) => Number(svg.match(/scale\(([\d.]+)\)/)![1]);
    const keyX = (svg: string) => Number(svg.match(/<text x="([\d.]+)"[^>]*>Key item 1:/)![1]);
    const map = picture({ size: SOCIAL, legend, body: { ...room, svg: "" } });
    expect(scaleOf(map.svg), "the map at its room's size").toBe(1);
    expect(keyX(map.svg), "the key right of the body").toBeGreaterThan(24 + room.width);
    const wide = picture({ size: SOCIAL, legend, body: { width: 3000, height: 900, svg: "" } });
    expect(keyX(wide.svg), "a wide body's key below, its words after a mark at the left margin").toBe(24 + 34);
  });

  it("scales a body wider than the largest picture down instead of cutting it", () => {
    const wide = picture({ body: { width: 5000, height: 500, svg: "" } });
    expect(wide.width).toBe(2400);
    expect(wide.svg).toMatch(/scale\(0\.47\)/);
  });

  it("scales a very tall body down, so its 2× PNG fits a browser's canvas", () => {
    const tall = picture({ body: { width: 900, height: 60_000, svg: "" } });
    expect(tall.height).toBeLessThan(7000);
    expect(tall.svg).toMatch(/scale\(0\.1\)/);
  });

  it("escapes text and attributes", () => {
    expect(escapeXml(`<a & "b">`)).toBe("&lt;a &amp; &quot;b&quot;&gt;");
    expect(el("text", { title: 'x"y', hidden: false }, "z")).toBe('<text title="x&quot;y">z</text>');
    expect(parse(picture({ title: "A & B <C>" }).svg).querySelector("title")?.textContent).toBe("A & B <C>");
  });

  it("wraps long lines at spaces within the width", () => {
    const lines = wrapText("one two three four five six seven eight nine ten", 12, 80);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("one two three four five six seven eight nine ten");
  });

  it("writes no @font-face without a web font", () => {
    expect(fontFaceCss([])).toBe("");
    expect(picture({ fonts: [] }).svg).not.toContain("<style>");
  });
});
