// The URL is the shareable state: what a link asks for, and the links the app writes (Copy link,
// the embed's "Open in Command Atlas", the embed code) as pure functions of the store.
import {
  readUrlState,
  appUrlOf,
  embedUrlOf,
  isEmbedUrl,
  applyUrlToStore,
  urlStateOf,
} from "../../../src/state/url";
import { useAtlas, themeChoice } from "../../../src/state/store";
import type { AtlasState } from "../../../src/state/store";
import { DEFAULT_MODEL_URL } from "../../../src/load/queries";

const SITE = "https://atlas.example.org/atlas/";
const state = (patch: Partial<AtlasState>): AtlasState => ({
  ...useAtlas.getInitialState(),
  requested: { kind: "url", url: new URL(DEFAULT_MODEL_URL, SITE).href },
  ...patch,
});

describe("readUrlState", () => {
  it("reads the view, the selection, the stage and what changes the picture", () => {
    const read = readUrlState(
      "?view=map&unit=hq&stage=2025-07&layout=left-right&seat=2&weak=hide&theme=contrast",
    );
    expect(read).toMatchObject({
      view: "map",
      unit: "hq",
      stage: "2025-07",
      layout: "left-right",
      seat: "2",
      weak: "hide",
      theme: "contrast",
      unknownView: null,
    });
  });

  it("names a view that does not exist instead of dropping it silently", () => {
    expect(readUrlState("?view=timeline")).toMatchObject({ view: null, unknownView: "timeline" });
  });

  it("takes Datawrapper's ?dark=true|false|auto as the theme, and ignores nonsense", () => {
    expect(readUrlState("?dark=true").theme).toBe("dark");
    expect(readUrlState("?dark=false").theme).toBe("light");
    expect(readUrlState("?dark=auto").theme).toBe("auto");
    expect(readUrlState("?theme=neon").theme).toBeNull();
    expect(readUrlState("?seat=-1").seat).toBeNull();
  });
});

describe("isEmbedUrl", () => {
  it("is the embed page, or the app's page with ?embed=1", () => {
    expect(isEmbedUrl(`${SITE}embed.html?view=map`)).toBe(true);
    expect(isEmbedUrl(`${SITE}?embed=1`)).toBe(true);
    expect(isEmbedUrl(`${SITE}index.html?embed=0`)).toBe(false);
    expect(isEmbedUrl(`${SITE}my-embed.html.bak`)).toBe(false);
  });
});

describe("appUrlOf", () => {
  it("links the full app at exactly the state shown, beside the embed page", () => {
    const url = new URL(
      appUrlOf(
        state({ embed: true, view: "map", selectedNation: "FR", stage: "2025-07", theme: "dark" }),
        `${SITE}embed.html?view=map&id=x`,
      ),
    );
    expect(url.origin + url.pathname).toBe(SITE);
    expect(Object.fromEntries(url.searchParams)).toEqual({ view: "map", nation: "FR", stage: "2025-07" });
  });

  it("keeps the reader's own theme choice in the app's Copy link", () => {
    const url = new URL(appUrlOf(state({ theme: "contrast", selected: "hq" }), `${SITE}?unit=old`));
    expect(Object.fromEntries(url.searchParams)).toEqual({ unit: "hq", theme: "contrast" });
  });

  it("restores the same state when opened", () => {
    const original = state({
      view: "matrix",
      selected: "kyiv-cell",
      stage: "2025-09",
      orientation: "left-right",
      rotationStep: 1,
      filters: { ...useAtlas.getInitialState().filters, hideWeak: true },
    });
    const link = appUrlOf(original, `${SITE}index.html`);
    useAtlas.setState(state({}), true);
    applyUrlToStore(link);
    const restored = useAtlas.getState();
    expect(urlStateOf(restored, link)).toEqual(urlStateOf(original, link));
    expect(restored.embed).toBe(false);
  });
});

describe("issue 08's parameters through an embed", () => {
  const statuses = {
    ...useAtlas.getInitialState().filters,
    statuses: ["planned", "decided"] as AtlasState["filters"]["statuses"],
  };

  it("Open in Command Atlas and the embed code carry compare mode and the status filter", () => {
    const embed = state({ embed: true, compare: "2025-03..2025-07", filters: statuses, theme: "dark" });
    const app = new URL(appUrlOf(embed, `${SITE}embed.html?compare=2025-03..2025-07&status=decided,planned`));
    expect(Object.fromEntries(app.searchParams)).toEqual({
      compare: "2025-03..2025-07",
      status: "decided,planned",
    });
    const code = new URL(
      embedUrlOf(state({ compare: "2025-03..2025-07", filters: statuses }), `${SITE}index.html`),
    );
    expect(Object.fromEntries(code.searchParams)).toEqual({
      compare: "2025-03..2025-07",
      status: "decided,planned",
    });
  });

  it("carry the sources view and the source in it", () => {
    const sources = state({ embed: true, view: "sources", sourceInView: "osw-2025-07", stage: "2025-09" });
    const app = new URL(appUrlOf(sources, `${SITE}embed.html?view=sources`));
    expect(Object.fromEntries(app.searchParams)).toEqual({
      view: "sources",
      source: "osw-2025-07",
      stage: "2025-09",
    });
  });

  it("an embed link restores compare mode, the filter and the view when opened", () => {
    const original = state({
      view: "map",
      compare: "2025-07..2026-01",
      filters: statuses,
      selectedNation: "PL",
    });
    const link = embedUrlOf(original, `${SITE}index.html`);
    useAtlas.setState(state({}), true);
    applyUrlToStore(link);
    const restored = useAtlas.getState();
    expect(restored.embed).toBe(true);
    expect(urlStateOf(restored, link)).toEqual(urlStateOf(original, link));
  });

  it("an unknown view and an unknown status both get their notice", () => {
    useAtlas.setState(state({}), true);
    applyUrlToStore(`${SITE}embed.html?view=timeline&status=rumoured`);
    const notice = useAtlas.getState().notice ?? "";
    expect(notice).toContain("There is no view “timeline”");
    expect(notice).toContain("The status filter knows no “rumoured”");
  });
});

describe("applyUrlToStore", () => {
  it("shows the org chart with a quiet notice for an unknown view, and enters embed mode from the embed page", () => {
    useAtlas.setState(state({}), true);
    applyUrlToStore(`${SITE}embed.html?view=timeline`);
    expect(useAtlas.getState()).toMatchObject({
      view: "chart",
      embed: true,
      notice: "There is no view “timeline”, so the org chart is shown.",
    });
  });
});

describe("embedUrlOf", () => {
  it("points at embed.html with the state's parameters, light by default", () => {
    const url = new URL(
      embedUrlOf(state({ view: "map", stage: "2025-07", theme: "dark" }), `${SITE}index.html?view=map`),
    );
    expect(url.pathname).toBe("/atlas/embed.html");
    expect(Object.fromEntries(url.searchParams)).toEqual({ view: "map", stage: "2025-07" });
  });

  it("carries the theme picked for the embed, not the one on screen", () => {
    const url = new URL(embedUrlOf(state({ theme: "dark" }), SITE, "auto"));
    expect(url.searchParams.get("theme")).toBe("auto");
  });

  it("names the stage on screen even where none was picked, so an article keeps its stage when the model gains a later one", () => {
    const params = (s: Parameters<typeof embedUrlOf>[0]) =>
      Object.fromEntries(new URL(embedUrlOf(s, SITE, "light", "2026-01")).searchParams);
    expect(params(state({}))).toEqual({ stage: "2026-01" });
    expect(params(state({ stage: "2025-07" }))).toEqual({ stage: "2025-07" });
    // A compared pair and a story's step name their own stages.
    expect(params(state({ compare: "2025-03..2025-07" }))).toEqual({ compare: "2025-03..2025-07" });
  });
});

describe("themeChoice", () => {
  it("follows the system in the app and is light in an embed, unless chosen", () => {
    expect(themeChoice({ theme: null, embed: false })).toBe("auto");
    expect(themeChoice({ theme: null, embed: true })).toBe("light");
    expect(themeChoice({ theme: "dark", embed: true })).toBe("dark");
  });
});
