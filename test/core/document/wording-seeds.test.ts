import * as fs from "fs";
import * as path from "path";
import * as KIT from "../../../src/core/document/kit/wording";
import * as W from "../../../src/core/document/o42/wording";
import * as W43 from "../../../src/core/document/o43/wording";
import type { ProgressReport } from "../../../src/core/progress/model";
import { copiedRun, normalise, seedWindows, seedsDir } from "../../fixtures/seed-text";

// Every fixed sentence of the document is our own: no 30-character run of it (official names aside)
// appears in the example documents. Placeholders stand for the data a sentence is built around.

const X = "¤"; // never in a seed, so no run across a placeholder can match
const figure = { value: 1, basis: "partial" as const, missing: 2, of: 3 };

/** One call per sentence-making function of the wording module; a new function must be added here. */
const SAMPLES: Record<string, () => unknown> = {
  coverYear: () => W.coverYear(2567),
  coverBasis: () => W.coverBasis(2566),
  coverPlace: () => W.coverPlace(X, X),
  preface: () => W.preface(X, 2566, 2567),
  comparisonHeading: () => W.comparisonHeading(2566),
  part1Intro: () => W.part1Intro(X, 2566, X, 2565),
  basisNote: () => (["official", "computed", "partial", "provisional"] as const).map((basis) => W.basisNote({ ...figure, basis })),
  basisShort: () => (["official", "computed", "partial", "provisional"] as const).map((basis) => W.basisShort({ ...figure, basis })),
  overallSentence: () => W.overallSentence(X, "92.59", X, X),
  levelLowered: () => W.levelLowered(X),
  levelStatedDiffers: () => W.levelStatedDiffers(X),
  levelWithoutOverall: () => W.levelWithoutOverall(X, X),
  indicatorRowText: () => [W.indicatorRowText(9, X, "OIT", true), W.indicatorRowText(9, X, "OIT", false)],
  levelRule: () => [W.levelRule(2566), W.levelRule(2565)],
  toolsCaption: () => W.toolsCaption(1),
  indicatorsCaption: () => W.indicatorsCaption(2),
  colScore: () => W.colScore(2566),
  indicatorWith: () => W.indicatorWith(9, X, "80.00"),
  belowIndicators: () => W.belowIndicators(X),
  chartCaption: () => W.chartCaption(1, 2),
  chartKey: () => W.chartKey({ previousYear: 2566, tentative: true, missing: true }),
  comparisonSentence: () =>
    [1, -1, 0].map((change) =>
      W.comparisonSentence({ year: 2567, previousYear: 2566, change, previous: "86.14", current: "96.53", previousLevel: X, level: X }),
    ),
  fallenIndicators: () => W.fallenIndicators(X),
  part2Intro: () =>
    (["threshold", "lowest"] as const).flatMap((mode) => W.part2Intro({ mode, urgentBelow: 85, improveBelow: 95, lowestPerIssue: 3 })),
  issueHeading: () => W.issueHeading(1, X),
  issueCaption: () => W.issueCaption(3, 1),
  fromIndicatorStatus: () => W.fromIndicatorStatus(X),
  absentItems: () => W.absentItems(X),
  part3Heading: () => W.part3Heading(2567),
  part3Intro: () => W.part3Intro(X, 2567),
  measuresCaption: () => W.measuresCaption(10),
  part4Intro: () => W.part4Intro(X),
  limitationsCaption: () => W.limitationsCaption(11),
  approvalLead: () => W.approvalLead(X, 2567),
  measuresFromSheet: () => W.measuresFromSheet(X, 12),
  measuresFromPlan: () => W.measuresFromPlan(X, 12),
  limitationsFromSheet: () => W.limitationsFromSheet(X),
  limitationsBlank: () => W.limitationsBlank(X),
  unansweredItems: () => W.unansweredItems(X, X),
};

const report = (round: ProgressReport["round"]) => ({ round, fiscalYear: 2568, asOf: "2025-03-31" });
const counts = { total: 7, done: 2, inProgress: 2, notStarted: 1, cancelled: 1, unreported: 1 };

/** The same for the o43 report's wording module. */
const SAMPLES_O43: Record<string, () => unknown> = {
  fiscalYearLine: () => W43.fiscalYearLine(2568),
  roundLine: () => [W43.roundLine(report("halfYear")), W43.roundLine(report("yearEnd"))],
  asOfLine: () => [W43.asOfLine(report("halfYear")), W43.asOfLine({ asOf: X })],
  intro: () => W43.intro(X),
  summarySentence: () => W43.summarySentence(counts),
  percentSentence: () => W43.percentSentence("33.33"),
  noMeasures: () => W43.noMeasures(X),
  statusCaption: () => W43.statusCaption(1),
  issueCaption: () => W43.issueCaption(2),
  unitCaption: () => W43.unitCaption(3),
  lateIntro: () => W43.lateIntro(2),
  lateCaption: () => W43.lateCaption(4),
  evidenceIntro: () => W43.evidenceIntro(2),
  evidenceCaption: () => W43.evidenceCaption(5),
  undatedNote: () => W43.undatedNote("3, 7"),
  part4Intro: () => W43.part4Intro(2568),
  measuresCaption: () => W43.measuresCaption(6),
  approvalLead: () => W43.approvalLead(X, 2568, X),
};

/** Each wording module with its sample calls (the kit's has no sentence-making function). */
const MODULES: { name: string; module: Record<string, unknown>; samples: Record<string, () => unknown> }[] = [
  { name: "o42/wording", module: W, samples: SAMPLES },
  { name: "o43/wording", module: W43, samples: SAMPLES_O43 },
  { name: "kit/wording", module: KIT, samples: {} },
];
const OFFICIAL_NAMES = [...W.OFFICIAL_NAMES, ...W43.OFFICIAL_NAMES];

function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

/** Official names are names, not sentences: they are masked before the check. */
function masked(text: string): string {
  let out = text;
  for (const name of [...OFFICIAL_NAMES].sort((a, b) => b.length - a.length)) out = out.split(name).join(X);
  return out;
}

function allWording(): string[] {
  const out: string[] = [];
  for (const { name: file, module, samples } of MODULES)
    for (const [name, value] of Object.entries(module)) {
      if (name === "OFFICIAL_NAMES") continue;
      if (typeof value === "function") {
        const sample = samples[name];
        if (!sample) throw new Error(`add a sample call of ${file}.${name} to its samples`);
        out.push(...texts(sample()));
      } else out.push(...texts(value));
    }
  return out;
}

const dir = seedsDir();
if (!dir && process.env.CI) throw new Error("the example documents (../shared/seeds) are missing: the seed-overlap check cannot run in CI");
const describeIfSeeds = dir ? describe : describe.skip;

describe("the document's wording", () => {
  it("every sentence-making function has a sample call", () => {
    expect(() => allWording()).not.toThrow();
    expect(allWording().length).toBeGreaterThan(80);
  });
});

describeIfSeeds("the document's fixed text is not copied from the example documents", () => {
  const windows = seedWindows(dir!);

  it("no 30-character run of any fixed sentence appears in a seed", () => {
    const copied = allWording()
      .map((t) => [t, copiedRun(masked(t), windows)] as const)
      .filter(([, run]) => run !== undefined)
      .map(([t, run]) => `"${t}" ~ "${run}"`);
    expect(copied).toEqual([]);
  });

  it("the check itself catches a copied sentence, and official names are in the seeds as they are in ours", () => {
    const seed = normalise(fs.readFileSync(path.join(dir!, fs.readdirSync(dir!).filter((f) => f.endsWith(".txt"))[0]), "utf8"));
    expect(copiedRun(seed.slice(2000, 2100), windows)).toBeDefined();
    expect(copiedRun(W.ITA_NAME, windows)).toBeDefined();
    expect(copiedRun(masked(W.ITA_NAME), windows)).toBeUndefined();
  });
});

describe("fixed Thai text lives only in the wording modules", () => {
  const ROOT = path.resolve(__dirname, "../../../src/core/document");
  const ALLOWED = new Set([
    "o42/wording.ts",
    "o42/limitations-wording.ts",
    "o43/wording.ts",
    "o43/lines.ts",
    "kit/wording.ts",
    "kit/thai-date.ts",
    "chart/thai-glyphs.ts",
  ]);
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));

  it("no other file of the document engine has a Thai letter outside its comments", () => {
    const offenders: string[] = [];
    for (const file of files(ROOT)) {
      const rel = path.relative(ROOT, file).split(path.sep).join("/");
      // Readers (read/) match the Thai that staff typed; they write nothing into the document.
      if (ALLOWED.has(rel) || rel.startsWith("read/")) continue;
      const code = fs
        .readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      const line = code.split("\n").find((l) => /[\u0e01-\u0e4e]/.test(l));
      if (line) offenders.push(`${rel}: ${line.trim()}`);
    }
    expect(offenders).toEqual([]);
  });
});
