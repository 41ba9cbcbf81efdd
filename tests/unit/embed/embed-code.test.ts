// What a journalist pastes, and what the embed tells the page around it.
import { embedCode, embedTitle } from "../../../src/views/embed/embed-code";
import { embedIdOf, heightMessages, HEIGHT_MESSAGE } from "../../../src/views/embed/height-messages";

describe("embedCode", () => {
  const code = embedCode({
    title: `Force "A" & B: org chart (Command Atlas)`,
    src: "https://atlas.example.org/embed.html?view=map&stage=2025-07",
    scriptSrc: "https://atlas.example.org/embed.js",
    height: 812.4,
  });

  it("writes the iframe newsrooms use: title, no scrollbars, the min-width trick, a height, lazy loading", () => {
    expect(code).toContain(`title="Force &quot;A&quot; &amp; B: org chart (Command Atlas)"`);
    expect(code).toContain(`src="https://atlas.example.org/embed.html?view=map&amp;stage=2025-07"`);
    expect(code).toContain(`scrolling="no"`);
    expect(code).toContain(`style="width: 0; min-width: 100%; border: none;"`);
    expect(code).toContain(`height="812"`);
    expect(code).toContain(`loading="lazy"`);
  });

  it("adds the height script from the same site, async", () => {
    expect(code.split("\n")[1]).toBe(`<script src="https://atlas.example.org/embed.js" async></script>`);
  });

  it("names the model, the view and the stage for screen readers", () => {
    expect(embedTitle("MNF-U", "map", "January 2026")).toBe("MNF-U: map, January 2026 (Command Atlas)");
    expect(embedTitle("MNF-U", "map", null)).toBe("MNF-U: map (Command Atlas)");
  });
});

describe("height messages", () => {
  it("post our shape and Datawrapper's, holding nothing but the height", () => {
    expect(heightMessages(640.2, "command-atlas")).toEqual([
      { type: HEIGHT_MESSAGE, height: 641 },
      { "datawrapper-height": { "command-atlas": 641 } },
    ]);
  });

  it("key Datawrapper's message by a safe ?id=, or a fixed name", () => {
    expect(embedIdOf("?id=mnf-map")).toBe("mnf-map");
    expect(embedIdOf("?id=<script>")).toBe("command-atlas");
    expect(embedIdOf("")).toBe("command-atlas");
  });
});
