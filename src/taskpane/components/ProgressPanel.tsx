import { Button, Field, Input, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import { ArrowDownload20Regular, ClipboardTaskListLtr20Regular } from "@fluentui/react-icons";
import type { ProgressModel } from "../hooks/useProgress";
import { progressLines, type Ready } from "./progress-said";
import { T } from "../strings";
import { ProblemList } from "./ProblemList";
import { useStyles } from "./styles";

export interface ProgressPanelProps {
  progress: ProgressModel;
  preview: boolean;
  /** Excel: select a warning's cell. */
  onSelectCell?: (cell: string) => void;
  /** A warning's cell that could not be shown. */
  cellGone?: string;
  /** Excel for Mac: open the preview page in the computer's browser. */
  onOpenInBrowser?: (url: string) => void;
  disabled?: boolean;
}

/** The button "รายงานผลการดำเนินงาน (o43)" with its date, the round that date gives, and what came of it. */
export function ProgressPanel({ progress, preview, onSelectCell, cellGone, onOpenInBrowser, disabled }: ProgressPanelProps) {
  const s = useStyles();
  const { phase } = progress;
  const noMeasures = preview ? T.o43NoMeasuresPreview : T.o43NoMeasuresExcel;
  if (!progress.hasMeasures && phase.name === "idle")
    return (
      <div className={s.section} role="group" aria-label={T.o43Title}>
        <h3 className={s.subTitle}>{T.o43Title}</h3>
        <Text size={200} className={s.muted}>
          {noMeasures}
        </Text>
      </div>
    );
  const building = phase.name === "building";
  // Empty or not a day: said under the field, and the button waits.
  const badDate = !progress.asOf;
  return (
    <div className={s.section} role="group" aria-label={T.o43Title}>
      <h3 className={s.subTitle}>{T.o43Title}</h3>
      <Field
        label={T.o43Date}
        validationState={badDate ? "error" : "none"}
        validationMessage={badDate ? T.o43DateInvalid : undefined}
        hint={badDate ? undefined : (progress.roundText ?? T.o43DateHint)}
      >
        <Input
          value={progress.date}
          onChange={(_, d) => progress.setDate(d.value)}
          disabled={disabled || building}
          placeholder={T.o43DateHint}
          className={s.dateInput}
        />
      </Field>
      <div>
        <Button
          icon={building ? <Spinner size="tiny" /> : <ClipboardTaskListLtr20Regular />}
          disabled={disabled || building || badDate}
          onClick={progress.build}
        >
          {T.o43Button}
        </Button>
      </div>
      {phase.name === "idle" ? (
        <Text size={200} className={s.muted}>
          {preview ? T.o43HintPreview : T.o43HintExcel}
        </Text>
      ) : null}
      {building ? <Text size={200}>{T.o43Building}</Text> : null}
      {phase.name === "noMeasures" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{noMeasures}</MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.name === "ready" ? <Written phase={phase} preview={preview} progress={progress} onOpenInBrowser={onOpenInBrowser} /> : null}
      {phase.name === "ready" && phase.outcome.report.problems.length > 0 ? (
        <div className={s.section}>
          <h4 className={s.subTitle}>{T.o43Warnings(phase.outcome.report.problems.length)}</h4>
          <ProblemList
            problems={phase.outcome.report.problems}
            onSelect={onSelectCell}
            limit={3}
            label={T.o43Warnings(phase.outcome.report.problems.length)}
          />
          {cellGone ? <Text size={200}>{T.cellGone(cellGone)}</Text> : null}
        </div>
      ) : null}
      {phase.name === "error" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{T.o43Error}</MessageBarTitle>
            <div>{phase.message}</div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}

function Written({
  phase,
  preview,
  progress,
  onOpenInBrowser,
}: {
  phase: Ready;
  preview: boolean;
  progress: ProgressModel;
  onOpenInBrowser?: (url: string) => void;
}) {
  const s = useStyles();
  const { doc, outcome } = phase;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{preview ? T.o43Made(outcome.sheet) : T.o43Written(outcome.sheet)}</MessageBarTitle>
        <ul className={s.list}>
          {progressLines(phase).map((line) => (
            <li key={line}>
              <Text size={200}>{line}</Text>
            </li>
          ))}
        </ul>
        {doc ? (
          <>
            <Text size={200} block style={{ marginTop: 8 }}>
              {doc.downloaded ? T.docDownloaded(doc.file.name) : T.docReady(doc.file.name)} {T.o43DocNext}
            </Text>
            {!doc.downloaded ? (
              <div className={s.actions} style={{ marginTop: 8 }}>
                <Button appearance="primary" icon={<ArrowDownload20Regular />} onClick={progress.downloadDocument}>
                  {T.o43DocDownload}
                </Button>
              </div>
            ) : null}
          </>
        ) : null}
        {outcome.file ? (
          <div className={s.actions} style={{ marginTop: 8 }}>
            <Button
              appearance={doc?.downloaded === false ? "secondary" : "primary"}
              icon={<ArrowDownload20Regular />}
              onClick={progress.downloadWorkbook}
            >
              {T.o43WorkbookDownload}
            </Button>
            <Text size={200}>{T.downloadHint(outcome.file.name)}</Text>
          </div>
        ) : null}
        {phase.docFailed ? (
          <Text size={200} block style={{ marginTop: 8 }}>
            {T.o43DocFailed} {phase.docFailed}
          </Text>
        ) : null}
        {phase.blockedUrl ? (
          <div style={{ marginTop: 8 }}>
            <Text size={200} weight="semibold" block>
              {T.docMacTitle}
            </Text>
            <Text size={200} block>
              {T.o43MacBody}
            </Text>
            {onOpenInBrowser ? (
              <Link as="button" onClick={() => onOpenInBrowser(phase.blockedUrl!)}>
                {T.docMacOpen}
              </Link>
            ) : null}
            <Text size={200} block>
              {phase.blockedUrl}
            </Text>
          </div>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

export default ProgressPanel;
