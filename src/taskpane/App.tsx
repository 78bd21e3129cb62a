import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Text,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular, ArrowDownload20Regular, DocumentArrowUp20Regular, Play20Filled } from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { Findings } from "./components/Findings";
import { Header } from "./components/Header";
import { Limits } from "./components/Limits";
import { LiveRegion } from "./components/LiveRegion";
import { type OverviewState, OverviewNote, overviewSaid } from "./components/OverviewNote";
import { ProblemList } from "./components/ProblemList";
import { type ResultAction, ResultCard } from "./components/ResultCard";
import { SettingsForm } from "./components/SettingsForm";
import { TemplateOffer } from "./components/TemplateOffer";
import { THAI_FONTS, useStyles } from "./components/styles";
import { DocumentPanel } from "./components/DocumentPanel";
import { progressSaid } from "./components/progress-said";
import { download } from "./download";
import { fileAdvice, logOriginal } from "./errors";
import type { Engine, PaneHost, RunStep } from "./host";
import { type DocumentPhase, useDocument } from "./hooks/useDocument";
import { usePane } from "./hooks/usePane";
import { useProgress } from "./hooks/useProgress";
import { score2, T } from "./strings";
import { findingsOf, summaryOf } from "./view";

// The o43 panel's code is fetched when the pane first shows it (the first load stays within its budget).
const ProgressPanel = lazy(() => import(/* webpackChunkName: "o43-panel" */ "./components/ProgressPanel"));

/** Fluent's web theme (Office's dark theme gives the dark one) with Thai-capable fonts. */
export function themeFor(kind: "light" | "dark" = "light"): Theme {
  return { ...(kind === "dark" ? webDarkTheme : webLightTheme), fontFamilyBase: THAI_FONTS };
}
export const theme: Theme = themeFor("light");

const STEPS: RunStep[] = ["read", "analyze", "write", "save"];

/** The preview page beside this one (for an Excel that cannot run the pane). */
function previewAddress(): string | undefined {
  if (typeof location === "undefined" || !/^https?:$/.test(location.protocol)) return undefined;
  return new URL("taskpane.html", location.href).href;
}

/** What the o42 document's panel says, for the live region. */
function documentSaid(phase: DocumentPhase): string | undefined {
  switch (phase.name) {
    case "idle":
      return undefined;
    case "building":
      return T.docBuilding;
    case "ready":
      return phase.downloaded ? T.docDownloaded(phase.file.name) : T.docReady(phase.file.name);
    case "blocked":
      return T.docMacTitle;
    case "error":
      return `${T.docError} ${phase.message}`;
  }
}

export interface AppProps {
  host: PaneHost;
  engine: Engine;
}

/** The task pane: the same pane in Excel and, outside Excel, as a browser preview on a file. */
export function App({ host, engine }: AppProps) {
  const s = useStyles();
  const themed = useMemo(() => themeFor(host.theme), [host.theme]);
  return (
    <FluentProvider theme={themed} className={s.provider}>
      <Pane host={host} engine={engine} />
    </FluentProvider>
  );
}

function Pane({ host, engine }: AppProps) {
  const s = useStyles();
  const pane = usePane(host, engine);
  const { state, analysis } = pane;
  const doc = useDocument(host, engine, state.settings);
  const documentPanel = (disabled: boolean) =>
    host.readForDocument ? (
      <DocumentPanel doc={doc} disabled={disabled} onOpenInBrowser={host.openInBrowser ? (url) => host.openInBrowser!(url) : undefined} />
    ) : null;
  const { phase, scan } = state;
  const fileInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const preview = host.kind === "preview";
  // The o43 report reads the measures sheet: in Excel right after a run, the one it just wrote (its
  // round from the plan's fiscal year); else the one the scan read (the preview always reports from
  // the chosen file).
  const done = phase.name === "done" ? phase.outcome : undefined;
  const progress = useProgress(host, state.settings, {
    ...(done && !preview ? { fiscalYear: done.result.plan.fiscalYear } : { book: scan?.book }),
    agency: (done?.result ?? analysis)?.agency,
  });
  /** After a run always (the measures sheet is there, or the panel says how to get it); before, once the workbook has one. */
  const progressPanel = (disabled: boolean, always: boolean) =>
    host.progress && (always || progress.hasMeasures) ? (
      <Suspense fallback={null}>
        <ProgressPanel
          progress={progress}
          preview={preview}
          onSelectCell={host.selectCell ? pane.selectCell : undefined}
          cellGone={state.cellGone}
          onOpenInBrowser={host.openInBrowser ? (url) => host.openInBrowser!(url) : undefined}
          disabled={disabled}
        />
      </Suspense>
    ) : null;
  // Several files picked in the preview: their overview workbook is downloaded (as ita batch --overview).
  const [overview, setOverview] = useState<OverviewState>();
  const openFiles = (files: File[]) => {
    if (files.length > 1 && host.overview) {
      setOverview({ name: "building", files: files.length });
      host.overview(files).then(
        (o) => {
          download(o.file);
          setOverview({ name: "done", text: T.overviewWritten(o.agencies, o.failed.length) });
        },
        (err: unknown) => {
          logOriginal("making the overview", err);
          setOverview({ name: "failed", text: fileAdvice(err) });
        },
      );
    } else if (files[0]) {
      setOverview(undefined);
      pane.openFile(files[0]);
    }
  };

  const findings = useMemo(() => (analysis ? findingsOf(analysis, scan?.problems) : undefined), [analysis, scan]);
  const years = useMemo(() => {
    const all = new Set<number>(findings?.years ?? []);
    for (const f of analysis?.catalog.frameworks ?? []) for (const y of f.years) all.add(y);
    return [...all].sort();
  }, [analysis, findings]);

  // Focus follows the new content: after a pick, a scan, a rescan, a run (its result) or an error,
  // the heading of what appeared takes it; during a run it stays on the run button.
  const nothing = phase.name === "scanned" && findings?.nothingFound === true;
  const focusKey = `${phase.name}:${state.scans}:${phase.name === "scanned" ? (phase.notice ?? "") : ""}:${nothing}:${pane.analysisError ?? ""}`;
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (phase.name === "running") return;
    // The result starts at the top of the pane, whatever was scrolled before.
    if (phase.name === "done" && typeof window.scrollTo === "function") window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: phase.name === "done" });
    // Only a change of what is shown moves the focus (not every render).
  }, [focusKey]);

  const pickButton = (label: string, primary: boolean) => (
    <Button appearance={primary ? "primary" : "secondary"} icon={<DocumentArrowUp20Regular />} onClick={() => fileInput.current?.click()}>
      {label}
    </Button>
  );
  const againButton = preview ? (
    pickButton(T.pickAnother, false)
  ) : (
    <Button icon={<ArrowClockwise20Regular />} onClick={pane.rescan}>
      {T.rescan}
    </Button>
  );
  const retryButton = preview ? pickButton(T.pickAnother, false) : <Button onClick={pane.rescan}>{T.retry}</Button>;
  const h2 = (text: string) => (
    <h2 ref={heading} tabIndex={-1} className={s.sectionTitle}>
      {text}
    </h2>
  );

  let live: string;
  let body: JSX.Element;
  let footer: JSX.Element | null = null;
  if (phase.name === "pick") {
    live = T.pickTitle;
    body = (
      <section className={s.section}>
        {h2(T.pickTitle)}
        <Text size={200}>{T.pickHint}</Text>
        <ol className={s.list}>
          {T.pickSteps.map((step) => (
            <li key={step}>
              <Text size={200}>{step}</Text>
            </li>
          ))}
        </ol>
        <div>{pickButton(T.pickButton, true)}</div>
        {host.overview ? (
          <Text size={200} className={s.muted}>
            {T.overviewHint}
          </Text>
        ) : null}
      </section>
    );
  } else if (phase.name === "unsupported") {
    live = `${T.cannotRunTitle} ${phase.message}`;
    const address = previewAddress();
    body = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {h2(T.cannotRunTitle)}
          <div>{phase.message}</div>
          {address ? <div style={{ marginTop: 8, wordBreak: "break-all" }}>{T.previewAddress(address)}</div> : null}
        </MessageBarBody>
      </MessageBar>
    );
  } else if (phase.name === "scanned" && pane.analysisError !== undefined) {
    live = T.errorAnalyze;
    body = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {h2(T.errorAnalyze)}
          <details className={s.details}>
            <summary>{T.errorDetails}</summary>
            <pre>{pane.analysisError}</pre>
          </details>
          <div style={{ marginTop: 8 }}>{retryButton}</div>
        </MessageBarBody>
      </MessageBar>
    );
  } else if (phase.name === "scanning" || (phase.name === "scanned" && !findings)) {
    live = T.scanning;
    body = (
      <div className={s.row}>
        <Spinner size="small" aria-hidden />
        {h2(T.scanning)}
      </div>
    );
  } else if (phase.name === "error") {
    const title = phase.during === "scan" ? (preview ? T.readErrorTitle : T.errorScan) : T.errorTitle;
    const written = phase.during === "run" ? (phase.leftoverPrefix ? T.errorBodyLeftovers(phase.leftoverPrefix) : T.errorBody) : undefined;
    live = [title, phase.message, written].filter(Boolean).join(" ");
    body = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {h2(title)}
          <div>{phase.message}</div>
          {written ? <div style={{ marginTop: 4 }}>{written}</div> : null}
          <div style={{ marginTop: 8 }}>{retryButton}</div>
        </MessageBarBody>
      </MessageBar>
    );
  } else if (phase.name === "done") {
    const r = summaryOf(phase.outcome.result);
    live = T.doneAnnounce(r.overall !== undefined ? score2(r.overall) : undefined, r.level);
    const file = phase.outcome.file;
    const actions: ResultAction[] = [
      ...(file
        ? [
            {
              key: "download",
              label: T.download,
              icon: <ArrowDownload20Regular />,
              primary: true,
              hint: T.downloadHint(file.name),
              onClick: () => download(file),
            },
          ]
        : []),
      { key: "again", label: T.again, icon: <ArrowClockwise20Regular />, onClick: pane.rescan },
      ...(preview
        ? [{ key: "pick", label: T.pickAnother, icon: <DocumentArrowUp20Regular />, onClick: () => fileInput.current?.click() }]
        : []),
    ];
    body = (
      <>
        <ResultCard
          outcome={phase.outcome}
          onOpenSheet={host.openSheet ? (name) => void host.openSheet!(name) : undefined}
          actions={actions}
          headingRef={heading}
        />
        {documentPanel(false)}
        {progressPanel(false, true)}
      </>
    );
  } else if (findings && findings.nothingFound) {
    // Right after adding the score-entry sheet, what to do with it is the news.
    live = state.template?.added ? T.templateAdded(state.template.added) : T.nothingTitle;
    body = (
      <>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {h2(T.nothingTitle)}
            <div>
              {T.nothingLayout} {preview ? T.nothingThenPreview : T.nothingThenExcel}
            </div>
            <div style={{ marginTop: 8 }}>{againButton}</div>
          </MessageBarBody>
        </MessageBar>
        {host.addTemplate && analysis ? (
          <TemplateOffer
            frameworks={analysis.catalog.frameworks}
            agency={state.settings.agency}
            state={state.template}
            onChoose={pane.chooseTemplate}
            onAdd={pane.addTemplate}
          />
        ) : null}
        {progressPanel(false, false)}
      </>
    );
  } else {
    const f = findings!;
    const running = phase.name === "running";
    const step = running ? STEPS.indexOf(phase.step) : -1;
    const blocked = f.errors.length > 0 || pane.settingsErrors.length > 0;
    const invalid = phase.name === "scanned" && phase.notice === "invalid";
    live = running
      ? T.step[phase.step]
      : [
          invalid ? T.invalidRun : undefined,
          `${T.foundTitle}: ${f.errors.length > 0 ? T.problemsTitle(f.errors.length) : `${T.foundTables(f.tables.length)} ${T.itemsLine(f.scored, f.total)}`}`,
        ]
          .filter(Boolean)
          .join(" ");
    const hint = running
      ? undefined
      : f.errors.length > 0
        ? T.runBlockedErrors(f.errors.length)
        : pane.settingsErrors.length > 0
          ? T.runBlockedSettings
          : preview
            ? T.runHintPreview
            : T.runHintExcel;
    body = (
      <>
        {invalid ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{T.invalidRun}</MessageBarBody>
          </MessageBar>
        ) : null}
        {/* What blocks the run comes first: it is what staff must act on. */}
        {f.errors.length > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <h2 ref={heading} tabIndex={-1} className={s.sectionTitle}>
                {T.problemsTitle(f.errors.length)}
              </h2>
              <div>{preview ? T.problemsBodyPreview : T.problemsBody}</div>
              <ProblemList
                problems={f.errors}
                onSelect={host.selectCell ? pane.selectCell : undefined}
                label={T.problemsTitle(f.errors.length)}
              />
              {state.cellGone ? <div role="alert">{T.cellGone(state.cellGone)}</div> : null}
              <div style={{ marginTop: 8 }}>{againButton}</div>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <Findings findings={f} ownSheets={scan?.ownSheets ?? []} headingRef={f.errors.length > 0 ? undefined : heading} />
        {f.warnings.length > 0 ? (
          <section className={s.section} aria-labelledby="ita-warnings-title">
            <h2 id="ita-warnings-title" className={s.sectionTitle}>
              {T.warningsTitle(f.warnings.length)}
            </h2>
            <ProblemList
              problems={f.warnings}
              onSelect={host.selectCell ? pane.selectCell : undefined}
              limit={3}
              label={T.warningsTitle(f.warnings.length)}
            />
            {state.cellGone && f.errors.length === 0 ? <Text size={200}>{T.cellGone(state.cellGone)}</Text> : null}
          </section>
        ) : null}
        <SettingsForm
          settings={state.settings}
          onChange={pane.setSettings}
          detected={{
            year: analysis?.year,
            frameworkId: analysis?.framework.id,
            frameworkLabel: analysis?.framework.label,
            agency: analysis?.read.agency,
          }}
          years={years}
          frameworks={(analysis?.catalog.frameworks ?? []).map((fw) => ({ id: fw.id, label: fw.label }))}
          disabled={running}
        />
        {documentPanel(blocked || running)}
        {progressPanel(running, false)}
      </>
    );
    footer = (
      <footer className={s.footer}>
        <Button
          appearance="primary"
          size="large"
          icon={running ? <Spinner size="tiny" /> : <Play20Filled />}
          // Not while the o43 job writes its sheet: one job at a time in the workbook.
          disabledFocusable={blocked || running || progress.phase.name === "building"}
          onClick={pane.run}
          aria-describedby="ita-run-hint"
        >
          {preview ? T.runPreview : T.runExcel}
        </Button>
        {running ? (
          <div className={s.section} id="ita-run-hint">
            <ProgressBar value={(step + 1) / (STEPS.length + 1)} aria-label={T.step[phase.step]} />
            <Text size={200}>{T.step[phase.step]}</Text>
          </div>
        ) : (
          <Text size={200} className={s.muted} id="ita-run-hint">
            {hint}
          </Text>
        )}
      </footer>
    );
  }

  return (
    <>
      <LiveRegion
        messages={[
          live,
          state.cellGone ? T.cellGone(state.cellGone) : undefined,
          state.template?.failed,
          state.notice,
          documentSaid(doc.phase),
          progressSaid(progress.phase, preview),
          overviewSaid(overview),
        ]}
      />
      <main className={s.root}>
        <Header
          preview={preview}
          fileName={phase.name !== "pick" ? state.fileName : undefined}
          onPickAnother={preview ? () => fileInput.current?.click() : undefined}
        />
        {preview ? (
          <input
            ref={fileInput}
            className={s.fileInput}
            type="file"
            multiple
            accept=".xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-label={T.pickButton}
            data-testid="file-input"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              e.target.value = "";
              openFiles(files);
            }}
          />
        ) : null}
        {overview ? <OverviewNote state={overview} /> : null}
        <Limits limits={state.limits} />
        {state.notice ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        {body}
        {footer ?? <div className={s.bottomSpace} />}
      </main>
    </>
  );
}
