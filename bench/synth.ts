// `npm run synth -- --units N [--seed S] [--out file]`: writes a valid synthetic model with
// realistic branching (a few top commands, wider lower echelons), for benchmarks and scale tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { STATUSES } from "../src/model/schema";
import type { ModelInput } from "../src/model/types";

type UnitInput = NonNullable<ModelInput["units"]>[number];

/** A small deterministic generator (mulberry32), so the same seed gives the same model. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NATIONS = [
  ["FR", "France"],
  ["GB", "United Kingdom"],
  ["DE", "Germany"],
  ["PL", "Poland"],
  ["IT", "Italy"],
  ["RO", "Romania"],
  ["TR", "Türkiye"],
  ["CA", "Canada"],
] as const;
const KINDS_BY_DEPTH = ["headquarters", "formation", "task-group", "formation", "support-element"] as const;
const ECHELONS_BY_DEPTH = ["corps", "division", "brigade", "battalion", "company", "platoon"] as const;
const DOMAINS = ["land", "air", "sea", "cyber", "space"] as const;

export function synthModel(units: number, seed = 42): ModelInput {
  const rand = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const out: UnitInput[] = [];
  // Breadth-first growth: each unit takes 2–7 children, so depth grows like a real order of battle.
  const queue: { id: string; depth: number }[] = [];
  const add = (parent: string | null, depth: number) => {
    const n = out.length;
    const id = `u${n}`;
    const status = rand() < 0.6 ? "decided" : pick(STATUSES);
    out.push({
      id,
      name: `${["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"][n % 6]} ${KINDS_BY_DEPTH[Math.min(depth, 4)]} ${n}`,
      shortName: `Unit ${n}`,
      ...(parent ? { parent } : {}),
      kind: KINDS_BY_DEPTH[Math.min(depth, KINDS_BY_DEPTH.length - 1)]!,
      echelon: ECHELONS_BY_DEPTH[Math.min(depth, ECHELONS_BY_DEPTH.length - 1)]!,
      domains: [pick(DOMAINS)],
      status,
      ...(status === "planned" ? { condition: "Only if forces deploy" } : {}),
      sources: ["synthetic"],
      description: `Synthetic unit ${n} at depth ${depth}, for benchmarks.`,
    });
    queue.push({ id, depth });
  };
  add(null, 0);
  while (out.length < units) {
    const next = queue.shift();
    if (!next) break;
    const children = 2 + Math.floor(rand() * 6);
    for (let i = 0; i < children && out.length < units; i++) add(next.id, next.depth + 1);
  }
  return {
    format: "command-atlas/1",
    meta: {
      title: `Synthetic model (${units.toLocaleString("en")} units)`,
      description: "Generated for benchmarks and scale tests; not a real structure.",
      asOf: "2026-01",
      licence: "CC0",
      sources: [{ id: "synthetic", title: "Synthetic data", publisher: "Command Atlas bench", date: "2026-01" }],
    },
    places: [],
    nations: NATIONS.map(([code, name]) => ({ code, name })),
    roles: out
      .filter((_, i) => i % 5 === 0)
      .map((u, i) => ({
        id: `r${i}`,
        nation: NATIONS[i % NATIONS.length]![0],
        role: i % 3 === 0 ? ("lead" as const) : ("contributor" as const),
        in: u.id,
        status: "decided" as const,
        sources: ["synthetic"],
      })),
    units: out,
    relations: [],
    claims: [],
    stages: [],
  };
}

function main() {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const units = Number(value("--units") ?? "1000");
  const seed = Number(value("--seed") ?? "42");
  if (!Number.isInteger(units) || units < 1) {
    console.error("Usage: npm run synth -- --units N [--seed S] [--out file.json]");
    process.exit(2);
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const out = resolve(value("--out") ?? resolve(here, "models", `synth-${units}.json`));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(synthModel(units, seed)));
  console.log(`wrote ${out} (${units} units)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
