// The pane's state machine: starting → (preview: pick a file) → scanning → scanned → running →
// done, with error from scanning or running, and unsupported when this Excel cannot read and write
// a workbook for the pane. The analysis shown before a run is recomputed from the scanned cells
// whenever a setting changes (the engine is pure and takes milliseconds).
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import {
  type AnalysisResult,
  analyzeOptionsFrom,
  defaultSettings,
  type Settings,
  type SettingsField,
  settingsFieldErrors,
  type TemplateSheet,
} from "../../core";
import { adviceFor, logOriginal } from "../errors";
import { type Engine, LeftoverSheetsError, type PaneHost, type RunStep, type ScanOutcome, type WrittenOutcome } from "../host";
import { T } from "../strings";

export type Phase =
  | { name: "pick" }
  | { name: "unsupported"; message: string }
  | { name: "scanning" }
  | { name: "scanned"; notice?: "invalid" }
  | { name: "running"; step: RunStep }
  | { name: "done"; outcome: WrittenOutcome }
  | { name: "error"; message: string; during: "scan" | "run"; leftoverPrefix?: string };

export interface TemplateState {
  /** The framework chosen for it (kept while the pane scans again). */
  frameworkId?: string;
  busy: boolean;
  /** Name of the sheet added. */
  added?: string;
  /** What to do after adding it failed (Thai). */
  failed?: string;
}

export interface PaneState {
  phase: Phase;
  scan?: ScanOutcome;
  /** Counts finished scans: a new one moves the focus to what it found. */
  scans: number;
  fileName?: string;
  settings: Settings;
  /** What this Excel cannot do (Thai sentences; empty in the preview and where everything works). */
  limits: string[];
  /** Something that did not stop the pane but that staff must act on (the ITA.* formulas not recalculated). */
  notice?: string;
  /** A problem's cell that could not be shown (its sheet renamed or deleted). */
  cellGone?: string;
  template?: TemplateState;
}

type Action =
  | { type: "scanning"; fileName?: string }
  | { type: "scanned"; scan: ScanOutcome; notice?: "invalid"; keepSettings?: boolean }
  | { type: "settings"; settings: Settings }
  | { type: "step"; step: RunStep }
  | { type: "done"; outcome: WrittenOutcome }
  | { type: "error"; message: string; during: "scan" | "run"; leftoverPrefix?: string }
  | { type: "unsupported"; message: string }
  | { type: "limits"; limits: string[] }
  | { type: "notice"; notice: string | undefined }
  | { type: "cellGone"; cell: string | undefined }
  | { type: "template"; template: TemplateState | undefined }
  | { type: "pick" };

function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "pick":
      return { settings: state.settings, limits: state.limits, scans: state.scans, phase: { name: "pick" } };
    case "scanning":
      return { ...without(state, "cellGone"), phase: { name: "scanning" }, ...(action.fileName ? { fileName: action.fileName } : {}) };
    case "scanned":
      return {
        ...state,
        scan: action.scan,
        scans: state.scans + 1,
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
    case "unsupported":
      return { ...state, phase: { name: "unsupported", message: action.message } };
    case "limits":
      return { ...state, limits: action.limits };
    case "notice":
      return { ...state, notice: action.notice };
    case "cellGone":
      return action.cell ? { ...state, cellGone: action.cell } : without(state, "cellGone");
    case "template":
      return action.template ? { ...state, template: action.template } : without(state, "template");
  }
}

/** The state without one optional key (the reducer never leaves a key set to undefined). */
function without<K extends "cellGone" | "template">(state: PaneState, key: K): Omit<PaneState, K> {
  const next = { ...state };
  delete next[key];
  return next;
}

/** A program fault's own text (shown only under "details", for whoever supports the add-in). */
function technical(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export interface PaneModel {
  state: PaneState;
  /** The analysis of the scanned data with the current settings (before a run). */
  analysis?: AnalysisResult;
  /** The engine failed on the scanned data: shown instead of an old analysis (technical text). */
  analysisError?: string;
  settingsErrors: string[];
  /** The settings fields each error is about, to mark them. */
  badFields: Set<SettingsField>;
  setSettings(settings: Settings): void;
  rescan(): void;
  openFile(file: File): void;
  pickAnother(): void;
  run(): void;
  selectCell(cell: string): void;
  chooseTemplate(frameworkId: string): void;
  addTemplate(sheet: TemplateSheet): void;
}

export function usePane(host: PaneHost, engine: Engine): PaneModel {
  const [state, dispatch] = useReducer(reducer, {
    phase: host.kind === "preview" ? { name: "pick" } : { name: "scanning" },
    settings: defaultSettings(),
    limits: [],
    scans: 0,
  });
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);
  const safe = useCallback((a: Action) => mounted.current && dispatch(a), []);
  /** What to do after a failure, in Thai; the original goes to the console. */
  const advice = useCallback(
    (during: string, e: unknown) => {
      logOriginal(during, e);
      return adviceFor(host.kind, e);
    },
    [host],
  );

  const scan = useCallback(
    (keepSettings: boolean) => {
      safe({ type: "scanning" });
      host.scan().then(
        (s) => safe({ type: "scanned", scan: s, keepSettings }),
        (e) => safe({ type: "error", message: advice("scan", e), during: "scan" }),
      );
    },
    [host, safe, advice],
  );

  useEffect(() => {
    if (host.kind !== "excel") return;
    // What this Excel can do first: an Excel that cannot read and write for the pane is told so,
    // with what to use instead, rather than failing on its first call.
    const caps = host.capabilities?.();
    if (caps && !caps.canRun) safe({ type: "unsupported", message: caps.limits.join(" ") });
    else {
      if (caps?.limits.length) safe({ type: "limits", limits: caps.limits });
      scan(false);
    }
  }, [host, scan, safe]);

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

  const fieldErrors = useMemo(() => settingsFieldErrors(state.settings), [state.settings]);
  const settingsErrors = useMemo(() => fieldErrors.map((e) => e.message), [fieldErrors]);
  const badFields = useMemo(() => new Set(fieldErrors.flatMap((e) => e.fields)), [fieldErrors]);
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
      logOriginal("analysis", e);
      return { analysisError: technical(e) };
    }
  }, [engine, state.scan, state.settings, settingsErrors]);

  const publish = useCallback(
    (result: AnalysisResult, settings: Settings) => {
      host.publish?.(result, settings).then(
        () => safe({ type: "notice", notice: undefined }),
        (e) => {
          logOriginal("recalculating the ITA.* formulas", e);
          safe({ type: "notice", notice: T.recalcFailed });
        },
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
            message: advice("run", e instanceof LeftoverSheetsError ? e.cause : e),
            during: "run",
            ...(e instanceof LeftoverSheetsError ? { leftoverPrefix: e.prefix } : {}),
          }),
      );
  }, [host, safe, publish, advice, settingsErrors, state.scan, state.settings]);

  const openFile = useCallback(
    (file: File) => {
      if (!host.open) return;
      safe({ type: "scanning", fileName: file.name });
      host.open(file).then(
        (s) => safe({ type: "scanned", scan: s }),
        (e) => safe({ type: "error", message: advice("open", e), during: "scan" }),
      );
    },
    [host, safe, advice],
  );

  const selectCell = useCallback(
    (cell: string) => {
      if (!host.selectCell) return;
      safe({ type: "cellGone", cell: undefined });
      host.selectCell(cell).then(
        (shown) => safe({ type: "cellGone", cell: shown ? undefined : cell }),
        (e) => {
          logOriginal("selecting a cell", e);
          safe({ type: "cellGone", cell });
        },
      );
    },
    [host, safe],
  );

  const addTemplate = useCallback(
    (sheet: TemplateSheet) => {
      if (!host.addTemplate) return;
      const frameworkId = state.template?.frameworkId;
      const chosen = frameworkId ? { frameworkId } : {};
      safe({ type: "template", template: { ...chosen, busy: true } });
      host.addTemplate(sheet).then(
        (name) => {
          safe({ type: "template", template: { ...chosen, busy: false, added: name } });
          scan(true);
        },
        (e) => safe({ type: "template", template: { ...chosen, busy: false, failed: advice("adding the score-entry sheet", e) } }),
      );
    },
    [host, safe, scan, advice, state.template?.frameworkId],
  );

  return {
    state,
    analysis,
    ...(analysisError !== undefined ? { analysisError } : {}),
    settingsErrors,
    badFields,
    setSettings: (settings) => dispatch({ type: "settings", settings }),
    rescan: () => (host.kind === "preview" && !state.scan ? dispatch({ type: "pick" }) : scan(true)),
    openFile,
    pickAnother: () => dispatch({ type: "pick" }),
    run,
    selectCell,
    chooseTemplate: (frameworkId) => dispatch({ type: "template", template: { frameworkId, busy: false } }),
    addTemplate,
  };
}
