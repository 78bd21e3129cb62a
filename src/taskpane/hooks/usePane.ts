// The pane's state machine: starting → (preview: pick a file) → scanning → scanned → running →
// done, with error from scanning or running. The analysis shown before a run is recomputed from
// the scanned cells whenever a setting changes (the engine is pure and takes milliseconds).
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { type AnalysisResult, analyzeOptionsFrom, defaultSettings, type Settings, validateSettings } from "../../core";
import { type Engine, LeftoverSheetsError, type PaneHost, type RunStep, type ScanOutcome, type WrittenOutcome } from "../host";
import { T } from "../strings";

export type Phase =
  | { name: "pick" }
  | { name: "scanning" }
  | { name: "scanned"; notice?: "invalid" }
  | { name: "running"; step: RunStep }
  | { name: "done"; outcome: WrittenOutcome }
  | { name: "error"; message: string; during: "scan" | "run"; leftoverPrefix?: string };

export interface PaneState {
  phase: Phase;
  scan?: ScanOutcome;
  fileName?: string;
  settings: Settings;
  /** Something that did not stop the pane but that staff must act on (the ITA.* formulas not recalculated). */
  notice?: string;
}

type Action =
  | { type: "scanning"; fileName?: string }
  | { type: "scanned"; scan: ScanOutcome; notice?: "invalid"; keepSettings?: boolean }
  | { type: "settings"; settings: Settings }
  | { type: "step"; step: RunStep }
  | { type: "done"; outcome: WrittenOutcome }
  | { type: "error"; message: string; during: "scan" | "run"; leftoverPrefix?: string }
  | { type: "notice"; notice: string | undefined }
  | { type: "pick" };

function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "pick":
      return { settings: state.settings, phase: { name: "pick" } };
    case "scanning":
      return { ...state, phase: { name: "scanning" }, ...(action.fileName ? { fileName: action.fileName } : {}) };
    case "scanned":
      return {
        ...state,
        scan: action.scan,
        // The workbook's saved settings win on a fresh scan; the user's edits are kept on a re-scan.
        settings: action.keepSettings ? state.settings : action.scan.hasSettings ? action.scan.settings : defaultSettings(),
        phase: action.notice ? { name: "scanned", notice: action.notice } : { name: "scanned" },
      };
    case "settings":
      return { ...state, settings: action.settings };
    case "step":
      return { ...state, phase: { name: "running", step: action.step } };
    case "done":
      return { ...state, phase: { name: "done", outcome: action.outcome } };
    case "error":
      return {
        ...state,
        phase: {
          name: "error",
          message: action.message,
          during: action.during,
          ...(action.leftoverPrefix ? { leftoverPrefix: action.leftoverPrefix } : {}),
        },
      };
    case "notice":
      return { ...state, notice: action.notice };
  }
}

function message(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export interface PaneModel {
  state: PaneState;
  /** The analysis of the scanned data with the current settings (before a run). */
  analysis?: AnalysisResult;
  /** The engine failed on the scanned data: shown instead of an old analysis. */
  analysisError?: string;
  settingsErrors: string[];
  setSettings(settings: Settings): void;
  rescan(): void;
  openFile(file: File): void;
  pickAnother(): void;
  run(): void;
}

export function usePane(host: PaneHost, engine: Engine): PaneModel {
  const [state, dispatch] = useReducer(reducer, {
    phase: host.kind === "preview" ? { name: "pick" } : { name: "scanning" },
    settings: defaultSettings(),
  });
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);
  const safe = useCallback((a: Action) => mounted.current && dispatch(a), []);

  const scan = useCallback(
    (keepSettings: boolean) => {
      safe({ type: "scanning" });
      host.scan().then(
        (s) => safe({ type: "scanned", scan: s, keepSettings }),
        (e) => safe({ type: "error", message: message(e), during: "scan" }),
      );
    },
    [host, safe],
  );

  useEffect(() => {
    if (host.kind === "excel") scan(false);
  }, [host, scan]);

  // The shared runtime keeps this page alive while the pane is closed: when it is shown again,
  // look at the workbook again (staff may have fixed a cell), unless a run or its result is on screen.
  const phaseName = useRef(state.phase.name);
  phaseName.current = state.phase.name;
  useEffect(
    () =>
      host.onShown?.(() => {
        if (phaseName.current === "scanned" || phaseName.current === "error") scan(true);
      }),
    [host, scan],
  );

  const settingsErrors = useMemo(() => validateSettings(state.settings), [state.settings]);
  const lastGood = useRef<AnalysisResult | undefined>(undefined);
  const { analysis, analysisError } = useMemo((): { analysis?: AnalysisResult; analysisError?: string } => {
    if (!state.scan) return {};
    // Settings being typed that cannot be used yet: the form says what is wrong, the last analysis stays.
    if (settingsErrors.length > 0) return lastGood.current ? { analysis: lastGood.current } : {};
    try {
      lastGood.current = engine.analyze(state.scan.cells, analyzeOptionsFrom(state.settings));
      return { analysis: lastGood.current };
    } catch (e) {
      // The engine never throws on bad data: this is a fault, shown as one (never an old analysis).
      lastGood.current = undefined;
      return { analysisError: message(e) };
    }
  }, [engine, state.scan, state.settings, settingsErrors]);

  const publish = useCallback(
    (result: AnalysisResult, settings: Settings) => {
      host.publish?.(result, settings).then(
        () => safe({ type: "notice", notice: undefined }),
        (e) => safe({ type: "notice", notice: T.recalcFailed(message(e)) }),
      );
    },
    [host, safe],
  );

  // The ITA.* formulas follow the workbook's settings: tell them after a scan and after a run (not on
  // every keystroke in the settings form: publishing may recalculate the workbook).
  const publishNow = useRef<() => void>(() => {});
  publishNow.current = () => {
    if (analysis) publish(analysis, state.settings);
  };
  useEffect(() => publishNow.current(), [state.scan]);

  const run = useCallback(() => {
    if (settingsErrors.length > 0) return;
    const settings = state.settings;
    safe({ type: "step", step: "read" });
    host
      .run(settings, (step) => safe({ type: "step", step }))
      .then(
        (outcome) => {
          if (outcome.kind === "written") {
            publish(outcome.result, settings);
            safe({ type: "done", outcome });
          } else if (state.scan)
            safe({
              type: "scanned",
              scan: { ...state.scan, cells: outcome.cells ?? state.scan.cells },
              notice: "invalid",
              keepSettings: true,
            });
        },
        (e) =>
          safe({
            type: "error",
            message: message(e),
            during: "run",
            ...(e instanceof LeftoverSheetsError ? { leftoverPrefix: e.prefix } : {}),
          }),
      );
  }, [host, safe, publish, settingsErrors, state.scan, state.settings]);

  const openFile = useCallback(
    (file: File) => {
      if (!host.open) return;
      safe({ type: "scanning", fileName: file.name });
      host.open(file).then(
        (s) => safe({ type: "scanned", scan: s }),
        (e) => safe({ type: "error", message: message(e), during: "scan" }),
      );
    },
    [host, safe],
  );

  return {
    state,
    analysis,
    ...(analysisError !== undefined ? { analysisError } : {}),
    settingsErrors,
    setSettings: (settings) => dispatch({ type: "settings", settings }),
    rescan: () => (host.kind === "preview" && !state.scan ? dispatch({ type: "pick" }) : scan(true)),
    openFile,
    pickAnother: () => dispatch({ type: "pick" }),
    run,
  };
}
