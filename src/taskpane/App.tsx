import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  Title3,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular, DocumentArrowUp20Regular, Play20Filled } from "@fluentui/react-icons";
import { useMemo, useRef, useState } from "react";
import type { Engine, RunStep } from "./host";
import { Findings } from "./components/Findings";
import { ProblemList } from "./components/ProblemList";
import { ResultCard } from "./components/ResultCard";
import { SettingsForm } from "./components/SettingsForm";
import { THAI_FONTS, useStyles } from "./components/styles";
import type { PaneHost, WrittenOutcome } from "./host";
import { usePane } from "./hooks/usePane";
import { T } from "./strings";
import { findingsOf } from "./view";

export const theme: Theme = { ...webLightTheme, fontFamilyBase: THAI_FONTS };

const STEPS: RunStep[] = ["read", "analyze", "write", "save"];

function download(file: NonNullable<WrittenOutcome["file"]>): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface AppProps {
  host: PaneHost;
  engine: Engine;
}

/** The task pane: the same pane in Excel and, outside Excel, as a browser preview on a file. */
export function App({ host, engine }: AppProps) {
  return (
    <FluentProvider theme={theme}>
      <Pane host={host} engine={engine} />
    </FluentProvider>
  );
}

function Pane({ host, engine }: AppProps) {
  const s = useStyles();
  const pane = usePane(host, engine);
  const { state, analysis } = pane;
  const { phase, scan } = state;
  const fileInput = useRef<HTMLInputElement>(null);
  const preview = host.kind === "preview";
  // Several files picked in the preview: their overview workbook is downloaded (as ita batch --overview).
  const [overviewNote, setOverviewNote] = useState<{ intent: "success" | "error"; text: string }>();

  const findings = useMemo(() => (analysis ? findingsOf(analysis, scan?.problems) : undefined), [analysis, scan]);
  const years = useMemo(() => {
    const all = new Set<number>(findings?.years ?? []);
    for (const f of analysis?.catalog.frameworks ?? []) for (const y of f.years) all.add(y);
    return [...all].sort();
  }, [analysis, findings]);

  const pickButton = (label: string, primary: boolean) => (
    <Button appearance={primary ? "primary" : "secondary"} icon={<DocumentArrowUp20Regular />} onClick={() => fileInput.current?.click()}>
      {label}
    </Button>
  );
  const rescanButton = preview ? (
    pickButton(T.pickAnother, false)
  ) : (
    <Button icon={<ArrowClockwise20Regular />} onClick={pane.rescan}>
      {T.rescan}
    </Button>
  );
  const selectCell = host.selectCell ? (cell: string) => void host.selectCell!(cell) : undefined;

  let body: JSX.Element;
  if (phase.name === "pick") {
    body = (
      <div className={s.section}>
        <Text weight="semibold">{T.pickTitle}</Text>
        <Text size={200}>{T.pickHint}</Text>
        <ol className={s.list}>
          {T.pickSteps.map((step) => (
            <li key={step}>
              <Text size={200}>{step}</Text>
            </li>
          ))}
        </ol>
        <div>{pickButton(T.pickButton, true)}</div>
      </div>
    );
  } else if (phase.name === "scanned" && pane.analysisError !== undefined) {
    body = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{T.errorAnalyze}</MessageBarTitle>
          <div>{pane.analysisError}</div>
          <div style={{ marginTop: 8 }}>
            {preview ? pickButton(T.pickAnother, false) : <Button onClick={pane.rescan}>{T.retry}</Button>}
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  } else if (phase.name === "scanning" || (phase.name === "scanned" && !findings)) {
    body = <Spinner label={T.scanning} />;
  } else if (phase.name === "error") {
    body = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{phase.during === "scan" ? (preview ? T.readError(phase.message) : T.errorScan) : T.errorTitle}</MessageBarTitle>
          {phase.during === "run" ? <div>{phase.leftoverPrefix ? T.errorBodyLeftovers(phase.leftoverPrefix) : T.errorBody}</div> : null}
          {phase.during === "scan" && preview ? null : <div>{phase.message}</div>}
          <div style={{ marginTop: 8 }}>
            {preview ? pickButton(T.pickAnother, false) : <Button onClick={pane.rescan}>{T.retry}</Button>}
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  } else if (phase.name === "done") {
    body = (
      <ResultCard
        outcome={phase.outcome}
        onOpenSheet={host.openSheet ? (name) => void host.openSheet!(name) : undefined}
        onDownload={phase.outcome.file ? () => download(phase.outcome.file!) : undefined}
        onAgain={pane.rescan}
      />
    );
  } else if (findings && findings.nothingFound) {
    body = (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{T.nothingTitle}</MessageBarTitle>
          <div>{T.nothingBody}</div>
          <div style={{ marginTop: 8 }}>{rescanButton}</div>
        </MessageBarBody>
      </MessageBar>
    );
  } else {
    const f = findings!;
    const running = phase.name === "running";
    const step = running ? STEPS.indexOf(phase.step) : -1;
    const blocked = f.errors.length > 0 || pane.settingsErrors.length > 0;
    body = (
      <>
        {phase.name === "scanned" && phase.notice === "invalid" ? (
          <MessageBar intent="error">
            <MessageBarBody>{T.invalidRun}</MessageBarBody>
          </MessageBar>
        ) : null}
        <Findings findings={f} ownSheets={scan?.ownSheets ?? []} />
        {f.errors.length > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{T.problemsTitle(f.errors.length)}</MessageBarTitle>
              <div>{preview ? T.problemsBodyPreview : T.problemsBody}</div>
              <ProblemList problems={f.errors} onSelect={selectCell} label={T.problemsTitle(f.errors.length)} />
              <div style={{ marginTop: 8 }}>{rescanButton}</div>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {f.warnings.length > 0 ? (
          <div className={s.section}>
            <Text size={200} weight="semibold">
              {T.warningsTitle(f.warnings.length)}
            </Text>
            <ProblemList problems={f.warnings} onSelect={selectCell} limit={3} label={T.warningsTitle(f.warnings.length)} />
          </div>
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
          errors={pane.settingsErrors}
          disabled={running}
        />
        <div className={s.section}>
          <Button
            appearance="primary"
            size="large"
            icon={running ? <Spinner size="tiny" /> : <Play20Filled />}
            disabled={blocked || running}
            onClick={pane.run}
          >
            {preview ? T.runPreview : T.runExcel}
          </Button>
          {running ? (
            <div className={s.section} aria-live="polite">
              <ProgressBar value={(step + 1) / (STEPS.length + 1)} />
              <Text size={200}>{T.step[phase.step]}</Text>
            </div>
          ) : (
            <Text size={200} className={s.muted}>
              {pane.settingsErrors.length > 0 ? T.settingsInvalid : preview ? T.runHintPreview : T.runHintExcel}
            </Text>
          )}
        </div>
      </>
    );
  }

  return (
    <main className={s.root}>
      <header className={s.header}>
        <Title3 as="h1">{T.appTitle}</Title3>
        <Text size={200} className={s.muted}>
          {preview ? T.appSubtitlePreview : T.appSubtitleExcel}
        </Text>
        {preview && state.fileName && phase.name !== "pick" ? <Text size={200}>{T.fileLabel(state.fileName)}</Text> : null}
      </header>
      {preview ? (
        <input
          ref={fileInput}
          className={s.fileInput}
          type="file"
          multiple
          accept=".xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={T.pickButton}
          data-testid="file-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = "";
            setOverviewNote(undefined);
            if (files.length > 1 && host.overview)
              host.overview(files).then(
                (o) => {
                  download(o.file);
                  setOverviewNote({ intent: "success", text: T.overviewWritten(o.agencies, o.failed.length) });
                },
                (err: unknown) => setOverviewNote({ intent: "error", text: err instanceof Error ? err.message : String(err) }),
              );
            else if (files[0]) pane.openFile(files[0]);
          }}
        />
      ) : null}
      {overviewNote ? (
        <MessageBar intent={overviewNote.intent} layout="multiline">
          <MessageBarBody>{overviewNote.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.notice ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {body}
    </main>
  );
}
