import type { ProgressReport } from "../../progress/model";
import type { Digits } from "../kit/digits";

// The o43 document's input: the progress report as the builder made it, and what the agency chooses
// for the paper (digits, the date it is signed, who signs). The composer decides nothing else.

export interface O43Input {
  report: ProgressReport;
  digits: Digits;
  /** ISO date of the document (common era), "2025-04-05": the date beside the head's signature. */
  date: string;
  headName?: string;
  headPosition?: string;
}

/** What an adapter chooses for the document besides the report itself. */
export type O43Choices = Omit<O43Input, "report">;
