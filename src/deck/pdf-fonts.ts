// The embedded font for a handout whose text Helvetica cannot write (write-pdf.ts): DejaVu Sans
// Condensed, about as wide as Helvetica, with Latin, Greek and Cyrillic. Its files (0.6–0.7 MB
// each) are asked for only by such a handout, and only in the styles it uses.
import normal from "dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url";
import bold from "dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf?url";
import italic from "dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Oblique.ttf?url";
import bolditalic from "dejavu-fonts-ttf/ttf/DejaVuSansCondensed-BoldOblique.ttf?url";
import type { Deck } from "./deck";
import { stylesToEmbed } from "./write-pdf";
import type { EmbeddedFonts, FontStyle } from "./write-pdf";

const FILES: Record<FontStyle, string> = { normal, bold, italic, bolditalic };

/** Bytes as a binary string, the form jsPDF keeps its files in. */
function binaryString(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/**
 * The fonts the deck's handout needs: {} when Helvetica writes all of it, null when they could
 * not be downloaded (the handout then falls back to Helvetica's letters, and says so).
 */
export async function fontsFor(deck: Deck): Promise<EmbeddedFonts | null> {
  const styles = stylesToEmbed(deck);
  try {
    const files = await Promise.all(
      styles.map(async (style) => {
        const response = await fetch(FILES[style]);
        if (!response.ok) throw new Error(`${FILES[style]}: HTTP ${response.status}`);
        return [style, binaryString(new Uint8Array(await response.arrayBuffer()))] as const;
      }),
    );
    return Object.fromEntries(files);
  } catch {
    return null;
  }
}
