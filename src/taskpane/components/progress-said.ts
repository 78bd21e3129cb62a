import { format2 } from "../../core";
import type { ProgressPhase } from "../hooks/useProgress";
import { T } from "../strings";

// What the o43 panel says of its result, for the panel and for the live region (which speaks it even
// while the panel's own code, loaded on demand, is not there yet).

export type Ready = Extract<ProgressPhase, { name: "ready" }>;

/** What was written, in the officer's words: the sheet, the round, the counts. */
export function progressLines(phase: Ready): string[] {
  const { report, carried, keptCopies } = phase.outcome;
  const c = report.overall;
  return [
    `${phase.roundText} ${phase.asOfText}`,
    T.o43Done(c.done, c.total, c.percentDone === undefined ? undefined : format2(c.percentDone)),
    T.o43Late(report.late.length),
    T.o43NoEvidence(report.withoutEvidence.length),
    ...(carried > 0 ? [T.carried(carried)] : []),
    ...(keptCopies.length > 0 ? [T.keptCopies(keptCopies)] : []),
  ];
}

/** What the panel says, for the live region. */
export function progressSaid(phase: ProgressPhase, preview: boolean): string | undefined {
  switch (phase.name) {
    case "idle":
      return undefined;
    case "building":
      return T.o43Building;
    case "noMeasures":
      return preview ? T.o43NoMeasuresPreview : T.o43NoMeasuresExcel;
    case "ready":
      return [preview ? T.o43Made(phase.outcome.sheet) : T.o43Written(phase.outcome.sheet), ...progressLines(phase)].join(" ");
    case "error":
      return `${T.o43Error} ${phase.message}`;
  }
}
