// The status filter: only the chosen statuses' statements stay; units stay for the tree's shape.
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateModel } from "../../../src/model/validate";
import { resolveStage } from "../../../src/model/stages";
import { withStatuses } from "../../../src/model/status-filter";

const result = validateModel(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../data/mnf-ukraine.json"), "utf8")),
);
if (!result.ok) throw new Error("the default model is invalid");
const january = resolveStage(result.model, "2026-01");

describe("withStatuses", () => {
  it("changes nothing when no status is chosen", () => {
    const { resolved, hidden, unitsOut } = withStatuses(january, []);
    expect(resolved).toBe(january);
    expect(hidden).toEqual([]);
    expect(unitsOut.size).toBe(0);
  });

  it("“decided only” keeps the decided roles, relations and claims, and counts what it hid", () => {
    const { resolved, hidden } = withStatuses(january, ["decided"]);
    expect(resolved.roles.every((r) => r.status === "decided")).toBe(true);
    expect(resolved.relations.every((r) => r.status === "decided")).toBe(true);
    expect(resolved.claims.every((c) => c.status === "decided")).toBe(true);
    expect(resolved.roles.map((r) => r.id)).toContain("fr-lead-hq");
    expect(resolved.roles.map((r) => r.id)).not.toContain("fr-declaration"); // planned
    const kept = resolved.roles.length + resolved.relations.length + resolved.claims.length;
    const all = january.roles.length + january.relations.length + january.claims.length;
    expect(hidden.filter((s) => ["role", "relation", "claim"].includes(s.kind))).toHaveLength(all - kept);
  });

  it("keeps every unit, and names those whose own status is not chosen", () => {
    const { resolved, unitsOut } = withStatuses(january, ["decided"]);
    expect(resolved.units.map((u) => u.id)).toEqual(january.units.map((u) => u.id));
    expect(unitsOut.has("mnf-u")).toBe(true); // planned
    expect(unitsOut.has("ground-force-option")).toBe(true); // dropped
    expect(unitsOut.has("coalition")).toBe(false);
  });

  it("takes out an aggregate whose status is not chosen, keeping its unit", () => {
    const { resolved, hidden } = withStatuses(january, ["decided"]);
    const mnfu = resolved.units.find((u) => u.id === "mnf-u")!;
    expect(mnfu.otherContributors).toBeUndefined(); // the 26 pledging countries: planned
    expect(hidden.map((s) => s.id)).toContain("mnf-u/otherContributors");
    expect(resolved.units.find((u) => u.id === "coalition")!.otherContributors).toBeDefined(); // decided
  });

  it("takes out a decided HQ's reported seats, and a commander whose status is not chosen, keeping the unit", () => {
    const { resolved, hidden } = withStatuses(january, ["decided"]);
    const hq = resolved.units.find((u) => u.id === "mnf-u-hq")!;
    expect(january.units.find((u) => u.id === "mnf-u-hq")!.rotation?.seats.map((s) => s.status)).toEqual([
      "reported",
      "reported",
    ]);
    // No seat is decided, so none is left; the yearly rule is the HQ's own (decided, S0-10).
    expect(hq.rotation).toEqual({ rule: "Moves every year between Paris and London", seats: [] });
    expect(hq.commander?.status).toBe("decided"); // the three-star general stays
    expect(hidden.map((s) => s.id)).toEqual(expect.arrayContaining(["mnf-u-hq/seats/0", "mnf-u-hq/seats/1"]));
    const kyiv = resolved.units.find((u) => u.id === "kyiv-cell")!;
    expect(kyiv.commander, "the Kyiv cell's planned two-star").toBeUndefined();
    expect(hidden.map((s) => s.id)).toContain("kyiv-cell/commander");
    // "Reported" too keeps both seats.
    const withReported = withStatuses(january, ["decided", "reported"]).resolved;
    expect(withReported.units.find((u) => u.id === "mnf-u-hq")!.rotation?.seats).toHaveLength(2);
  });

  it("keeps several chosen statuses together", () => {
    const { resolved } = withStatuses(january, ["decided", "planned"]);
    expect(new Set(resolved.roles.map((r) => r.status))).toEqual(new Set(["decided", "planned"]));
  });
});
