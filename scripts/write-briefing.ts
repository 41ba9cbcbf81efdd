// Writes the default model's story as a deck and a handout into a folder (default: briefing/),
// to open them as a user would: `npx tsx scripts/write-briefing.ts [folder]`, then for instance
// `soffice --headless --convert-to pdf briefing/story.pptx` and `pdftoppm -png …` (README, "Deck").
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateModel } from "../src/model/validate";
import { buildStoryDeck } from "../src/deck/build-deck";
import { A4_LANDSCAPE, LETTER_LANDSCAPE } from "../src/deck/deck";
import { writePptx } from "../src/deck/write-pptx";
import { writePdf } from "../src/deck/write-pdf";

const out = process.argv[2] ?? "briefing";
const checked = validateModel(JSON.parse(readFileSync("data/mnf-ukraine.json", "utf8")));
if (!checked.ok) throw new Error("data/mnf-ukraine.json does not validate: run the unit tests");
mkdirSync(out, { recursive: true });
const { deck, problems } = buildStoryDeck(checked.model);
for (const p of problems) console.warn(`${p.pointer}: ${p.message}`);
writeFileSync(join(out, "story.pptx"), await writePptx(deck, "uint8array"));
for (const [name, page] of [["a4", A4_LANDSCAPE], ["letter", LETTER_LANDSCAPE]] as const) {
  const handout = buildStoryDeck(checked.model, { page, overflow: "shrink", titleOnFirst: true }).deck;
  writeFileSync(join(out, `handout-${name}.pdf`), Buffer.from(writePdf(handout, "arraybuffer")));
}
console.log(`${out}/story.pptx (${deck.slides.length} slides), ${out}/handout-a4.pdf, ${out}/handout-letter.pdf`);
