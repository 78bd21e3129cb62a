// The engine the pane and its hosts use: src/core's door, nothing forked. (A workbook with no score
// at all gets the core's one "no ITA data" error, as in the `ita` command.)
import { analyze, analyzeAndRender } from "../core";
import type { Engine } from "./host";

export const engine: Engine = { analyze, analyzeAndRender };
