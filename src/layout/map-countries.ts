// ISO 3166-1 alpha-2 (the model's nation codes) to ISO 3166-1 numeric (world-atlas feature ids).
// Europe, its neighbours around the Black Sea and the Mediterranean, and the larger states that
// take part in coalitions further away. A code missing here is not drawn and is listed in words.
// tests/unit/layout/map-countries.test.ts checks each pair against world-atlas's country names.
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
  AD: "020", AE: "784", AF: "004", AL: "008", AM: "051", AR: "032", AT: "040", AU: "036",
  AZ: "031", BA: "070", BD: "050", BE: "056", BG: "100", BH: "048", BR: "076", BY: "112",
  CA: "124", CH: "756", CL: "152", CN: "156", CY: "196", CZ: "203", DE: "276", DK: "208",
  DZ: "012", EE: "233", EG: "818", ES: "724", FI: "246", FR: "250", GB: "826", GE: "268",
  GL: "304", GR: "300", HR: "191", HU: "348", ID: "360", IE: "372", IL: "376", IN: "356",
  IQ: "368", IR: "364", IS: "352", IT: "380", JO: "400", JP: "392", KR: "410", KW: "414",
  KZ: "398", LB: "422", LI: "438", LT: "440", LU: "442", LV: "428", LY: "434", MA: "504",
  MC: "492", MD: "498", ME: "499", MK: "807", MT: "470", MX: "484", NL: "528", NO: "578",
  NZ: "554", PK: "586", PL: "616", PS: "275", PT: "620", QA: "634", RO: "642", RS: "688",
  RU: "643", SA: "682", SE: "752", SG: "702", SI: "705", SK: "703", SM: "674", SY: "760",
  TM: "795", TN: "788", TR: "792", UA: "804", US: "840", UZ: "860", VA: "336", ZA: "710",
};
