// Makes an export file in the browser from what is on screen: the chart, map or matrix at the
// stage shown, in the theme on screen or a chosen one. The pictures come from the pure builders
// beside this file; this only gathers their inputs (images, borders, the font) and wraps the result.
import type { AtlasState } from "../state/store";
import type { ShownModel } from "../views/app/shown-model";
import { shownModelOf } from "../views/app/shown-model";
import type { ResolvedTheme } from "../views/app/theme";
import { isWeaklySourced, sourceCredits, sourceLine, STATUSES } from "../model";
import { layoutTree } from "../layout/tree";
import { mapLayers } from "../layout/map-scene";
import { seatDate } from "../layout/rotation";
import { MAP_DOMAINS } from "../layout/map";
import { buildMatrix } from "../layout/map-matrix";
import { unitSidc } from "../symbols/sidc";
import { symbolImage } from "../symbols/symbol-image";
import { loadFlagUrl } from "../symbols/flags";
import { formatIsoDate, STATUS_LABEL } from "../views/common/labels";
import { paletteFor } from "./palette";
import { chartLegend, chartPicture } from "./chart-svg";
import { cardDecorations } from "../views/chart/card-decorations";
import type { ChartPictureInput } from "./chart-svg";
import { mapLegend, mapPicture } from "./map-svg";
import { matrixLegend, matrixPicture } from "./matrix-svg";
import { matrixCsv } from "./csv";
import { exportFileName } from "./filename";
import type { ExportFormat, ExportSubject } from "./filename";
import { bodyRoom, framePicture } from "./svg";
import type { LegendItem, Size, SvgPiece } from "./svg";
import { embeddedFonts, pageFontFamily } from "./fonts";
import { pngPixelSize, SOCIAL, svgToPng } from "./png";

export type ExportRequest = { subject: ExportSubject; format: ExportFormat; theme: ResolvedTheme };
export type ExportFile = { blob: Blob; fileName: string };

const SUBJECT_NAME: Record<ExportSubject, string> = {
  chart: "Org chart",
  map: "Map",
  matrix: "Nations × lines of effort",
};
/** Outlets named on a picture; the rest are counted. */
const NAMED_SOURCES = 8;
/** The map is drawn at this size for SVG and 2× PNG (the screen's laptop map, roughly). */
const MAP_SIZE = { width: 1200, height: 820 };
/**
 * The social picture's map is drawn a little larger than its room, then shrunk into it: its place
 * names about 12 px, and room for every label it shows at its file size.
 */
const SOCIAL_MAP_SCALE = 0.85;

/** Where a map picture's borders come from, and how it draws Crimea. */
const MAP_CREDIT =
  "Borders: Natural Earth (world-atlas); Crimea shown within Ukraine's internationally recognised borders.";

/**
 * What a file shows. In compare mode the views draw two stages at once (removed items put back,
 * marked on screen); a picture or CSV without those marks would pass removed items off as
 * current, so it shows the later stage alone, with the same filters.
 */
export function exportedModel(shown: ShownModel, state: Pick<AtlasState, "filters">): ShownModel {
  if (!shown.comparison) return shown;
  const { hideWeak, statuses } = state.filters;
  return shownModelOf(shown.model, { stage: shown.stageId, hideWeak, statuses, compare: null });
}

/** "Showing decided, planned only" when the status filter is on, else null. */
function filterWords(state: Pick<AtlasState, "filters">): string | null {
  const shown = STATUSES.filter((s) => state.filters.statuses.includes(s));
  return shown.length ? `Showing ${shown.map((s) => STATUS_LABEL[s].toLowerCase()).join(", ")} only` : null;
}

export function fileNameFor(shown: ShownModel, request: Pick<ExportRequest, "subject" | "format">): string {
  return exportFileName({
    modelTitle: shown.model.meta.title,
    subject: request.format === "csv" ? "matrix" : request.subject,
    when: shown.stageId ?? shown.model.meta.asOf,
    format: request.format,
  });
}

async function chartInput(
  shown: ShownModel,
  state: AtlasState,
  theme: ResolvedTheme,
): Promise<ChartPictureInput> {
  const { index, model, stageId, resolved, sources } = shown;
  const layout = layoutTree(index.roots, index.children, state.expanded, state.orientation);
  const decorations = cardDecorations(layout, model, stageId, index, state.rotationStep);
  const codes = [...new Set([...decorations.flags.values()].flat().map((f) => f.code))];
  const flags = new Map(
    await Promise.all(codes.map(async (code) => [code, await loadFlagUrl(code)] as const)),
  );
  return {
    layout,
    index,
    relations: resolved.relations,
    hiddenRelations: state.hiddenRelations,
    decorations,
    isWeak: (unit) => isWeaklySourced(unit.sources, sources),
    symbol: (unit) => symbolImage(unitSidc(unit)).url,
    flag: (code) => flags.get(code) ?? null,
    palette: paletteFor(theme),
  };
}

/**
 * `fitMap`: for a picture of fixed size, the room its frame (with this legend and credit) leaves
 * the map, which is then drawn to that size, its words at their own size.
 */
async function bodyAndLegend(
  request: ExportRequest,
  shown: ShownModel,
  state: AtlasState,
  fitMap?: (legend: LegendItem[], credit: string) => Size,
): Promise<{ body: SvgPiece; legend: LegendItem[]; credit: string }> {
  const palette = paletteFor(request.theme);
  if (request.subject === "chart") {
    const input = await chartInput(shown, state, request.theme);
    return { body: chartPicture(input), legend: chartLegend(input), credit: "" };
  }
  if (request.subject === "map") {
    const { loadWorldAtlas } = await import("../views/map/world-atlas");
    const atlas = await loadWorldAtlas();
    const input = {
      atlas,
      layers: mapLayers(
        shown.resolved,
        shown.index,
        state.rotationStep,
        seatDate(shown.model, shown.stageId),
      ),
      ...MAP_SIZE,
      domains: new Set(MAP_DOMAINS),
      palette,
    };
    // The key does not depend on the map's size.
    const legend = mapLegend(input);
    const credit = ` ${MAP_CREDIT}`;
    return { body: mapPicture(fitMap ? { ...input, ...fitMap(legend, credit) } : input), legend, credit };
  }
  const matrix = buildMatrix(shown.resolved, shown.index);
  return { body: matrixPicture(matrix, palette), legend: matrixLegend(matrix, palette), credit: "" };
}

/** The picture as SVG text and its size (in CSS pixels). */
export async function exportSvg(
  request: ExportRequest,
  shown: ShownModel,
  state: AtlasState,
): Promise<{ svg: string; width: number; height: number }> {
  const pictured = exportedModel(shown, state);
  const { model, stageId, resolved, sources } = pictured;
  const stage = model.stages.find((s) => s.id === stageId);
  const asOf = `As of ${formatIsoDate(model.meta.asOf)}`;
  const filter = filterWords(state);
  const subtitle = [SUBJECT_NAME[request.subject], stage ? `Stage: ${stage.name}` : null, asOf, filter]
    .filter(Boolean)
    .join(" · ");
  const social = request.format === "social";
  /** The picture's words around its body. */
  const frame = (legend: LegendItem[], credit: string) => ({
    title: model.meta.title,
    subtitle,
    legend,
    sourceLine: sourceLine(sourceCredits(resolved, sources), NAMED_SOURCES),
    credit: `Made with Command Atlas${model.meta.licence ? ` · Licence: ${model.meta.licence.replace(/\.$/, "")}` : ""}.${credit}`,
    palette: paletteFor(request.theme),
    fontFamily: pageFontFamily(),
    fonts: [],
    size: social ? SOCIAL : undefined,
    description: `${SUBJECT_NAME[request.subject]} of ${model.meta.title}${stage ? `, stage ${stage.name}` : ""}, as of ${formatIsoDate(model.meta.asOf)}${filter ? `; ${filter.toLowerCase()}` : ""}.`,
  });
  // The social picture's map is drawn for the room its frame leaves: shrunk into it from the
  // file's size, its labels were 8 to 10 px.
  const { body, legend, credit } = await bodyAndLegend(
    request,
    pictured,
    state,
    social
      ? (legend, credit) => {
          const room = bodyRoom({ ...frame(legend, credit), size: SOCIAL }, MAP_SIZE);
          return { width: room.width / SOCIAL_MAP_SCALE, height: room.height / SOCIAL_MAP_SCALE };
        }
      : undefined,
  );
  const italic = body.svg.includes('font-style="italic"');
  return framePicture({
    ...frame(legend, credit),
    body,
    fonts: await embeddedFonts(new Set(italic ? ["normal", "italic"] : ["normal"])),
  });
}

export async function makeExport(
  request: ExportRequest,
  shown: ShownModel,
  state: AtlasState,
): Promise<ExportFile> {
  const fileName = fileNameFor(shown, request);
  if (request.format === "csv") {
    const pictured = exportedModel(shown, state);
    const csv = matrixCsv(buildMatrix(pictured.resolved, pictured.index), pictured.sources);
    return { blob: new Blob([csv], { type: "text/csv;charset=utf-8" }), fileName };
  }
  const picture = await exportSvg(request, shown, state);
  if (request.format === "svg") return { blob: new Blob([picture.svg], { type: "image/svg+xml" }), fileName };
  const pixels = pngPixelSize(picture, request.format === "social" ? "social" : "2x");
  return { blob: await svgToPng(picture.svg, pixels), fileName };
}

/**
 * A stage's map with its key and its borders' credit, `size` CSS pixels, as a 2× PNG: the picture
 * of a deck's or handout's map step (deck/pictures.ts), whose page has the title and sources.
 */
export async function mapFigurePng(shown: ShownModel, size: Size, description: string): Promise<Blob> {
  const palette = paletteFor("light");
  const { loadWorldAtlas } = await import("../views/map/world-atlas");
  const input = {
    atlas: await loadWorldAtlas(),
    layers: mapLayers(shown.resolved, shown.index, null, seatDate(shown.model, shown.stageId)),
    ...MAP_SIZE,
    domains: new Set(MAP_DOMAINS),
    palette,
  };
  const frame = {
    ...{ title: "", subtitle: "", sourceLine: "", credit: MAP_CREDIT, fonts: [] },
    legend: mapLegend(input),
    palette,
    fontFamily: pageFontFamily(),
    size,
    description,
  };
  // Drawn for the room its key leaves, its words at their own size.
  const body = mapPicture({ ...input, ...bodyRoom(frame, MAP_SIZE) });
  const italic = body.svg.includes('font-style="italic"');
  const picture = framePicture({
    ...frame,
    body,
    fonts: await embeddedFonts(new Set(italic ? ["normal", "italic"] : ["normal"])),
  });
  return svgToPng(picture.svg, pngPixelSize(picture, "2x"));
}

/** Saves a file through the browser's download, from a blob: URL (nothing leaves the machine). */
export function download(file: ExportFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
