import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import { ArrowDownload20Regular, DocumentText20Regular } from "@fluentui/react-icons";
import type { DocumentModel } from "../hooks/useDocument";
import { T } from "../strings";
import { useStyles } from "./styles";

export interface DocumentPanelProps {
  doc: DocumentModel;
  /** Excel: open the preview page in the computer's browser. */
  onOpenInBrowser?: (url: string) => void;
  disabled?: boolean;
}

/** The button "สร้างเอกสาร o42 (Word)" and what came of it. */
export function DocumentPanel({ doc, onOpenInBrowser, disabled }: DocumentPanelProps) {
  const s = useStyles();
  const { phase } = doc;
  return (
    <div className={s.section} aria-label={T.docTitle}>
      <div>
        <Button
          icon={phase.name === "building" ? <Spinner size="tiny" /> : <DocumentText20Regular />}
          disabled={disabled || phase.name === "building"}
          onClick={doc.build}
        >
          {T.docButton}
        </Button>
      </div>
      {phase.name === "idle" ? (
        <Text size={200} className={s.muted}>
          {T.docHint}
        </Text>
      ) : null}
      {phase.name === "building" ? <Text size={200}>{T.docBuilding}</Text> : null}
      {phase.name === "ready" ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{phase.downloaded ? T.docDownloaded(phase.file.name) : T.docReady(phase.file.name)}</MessageBarTitle>
            <ul className={s.list}>
              {phase.lines.map((line) => (
                <li key={line}>
                  <Text size={200}>{line}</Text>
                </li>
              ))}
            </ul>
            <Text size={200}>{T.docNext}</Text>
            {!phase.downloaded ? (
              <div style={{ marginTop: 8 }}>
                <Button appearance="primary" icon={<ArrowDownload20Regular />} onClick={doc.download}>
                  {T.docDownload}
                </Button>
              </div>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.name === "blocked" ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{T.docMacTitle}</MessageBarTitle>
            <div>{T.docMacBody}</div>
            <div style={{ marginTop: 4 }}>
              {onOpenInBrowser ? (
                <Link as="button" onClick={() => onOpenInBrowser(phase.url)}>
                  {T.docMacOpen}
                </Link>
              ) : null}
              <Text size={200} block>
                {phase.url}
              </Text>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.name === "error" ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{T.docError}</MessageBarTitle>
            <div>{phase.message}</div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
