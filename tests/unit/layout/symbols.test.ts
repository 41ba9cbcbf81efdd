// Symbols: milsymbol (only the 2525C letter sets we register) draws each code sidc.ts writes.
import { describe, expect, it } from "vitest";
import { ms } from "milsymbol/letter-codes";
import { symbolImage } from "../../../src/symbols/symbol-image";

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
