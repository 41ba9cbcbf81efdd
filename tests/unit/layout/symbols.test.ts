// Symbols: milsymbol (only the 2525C letter sets we register) draws each code sidc.ts writes.
import { describe, expect, it } from "vitest";
import { ms } from "milsymbol/letter-codes";
import { symbolImage } from "../../../src/symbols/symbol-image";
import { SYMBOL_SIZE, symbolCodes, symbolSize } from "../../../src/symbols/sidc";

const svgOf = (sidc: string) => decodeURIComponent(symbolImage(sidc).url.split(",")[1]!);

describe("symbolImage", () => {
  it.each(["SFGPU-----A----", "SFGAU----------", "SFGPUCV--------", "SFSPCM---------", "SFGPU------H---"])(
    "draws %s as a valid symbol",
    (sidc) => {
      symbolImage(sidc); // registers the icon sets
      const symbol = new ms.Symbol(sidc, {}) as unknown as { isValid: () => boolean };
      expect(symbol.isValid()).toBe(true);
      expect(svgOf(sidc)).toMatch(/^<svg/);
    },
  );

  it("knows no code outside the registered sets, so a wrong code would show up here", () => {
    symbolImage("SFGPU----------");
    const equipment = new ms.Symbol("SFGPEWM--------", {}) as unknown as { isValid: () => boolean };
    expect(equipment.isValid()).toBe(false);
  });

  it("draws function icons: aviation and mine warfare differ from a plain unit", () => {
    expect(svgOf("SFGPUCV--------")).not.toBe(svgOf("SFGPU----------"));
    expect(svgOf("SFSPCM---------")).not.toBe(svgOf("SFSP-----------"));
  });

  it("draws a planned unit's frame dashed", () => {
    expect(svgOf("SFGAU----------")).toMatch(/stroke-dasharray/);
    expect(svgOf("SFGPU----------")).not.toMatch(/stroke-dasharray/);
  });
});

describe("symbolSize", () => {
  // Cards lay out their text from this table before milsymbol has loaded; a stale entry would
  // make the text jump when the symbol arrives. `npm run symbols` regenerates the table.
  it("knows milsymbol's size for every code sidc.ts can write", () => {
    const codes = symbolCodes();
    expect(codes.length).toBeGreaterThan(50);
    for (const sidc of codes) {
      const actual = symbolImage(sidc, SYMBOL_SIZE);
      const predicted = symbolSize(sidc);
      expect({ sidc, ...predicted }).toEqual({
        sidc,
        width: expect.closeTo(actual.width, 2),
        height: expect.closeTo(actual.height, 2),
      });
    }
  });
});
