import { Button, Link, Text } from "@fluentui/react-components";
import { DocumentArrowUp20Regular, QuestionCircle16Regular } from "@fluentui/react-icons";
import { T } from "../strings";
import { useStyles } from "./styles";

export interface HeaderProps {
  preview: boolean;
  /** Preview: the file being worked on, and how to pick another at any time. */
  fileName?: string;
  onPickAnother?: () => void;
}

/**
 * One line: in Excel the task pane's title bar already names the add-in, so the page title is for
 * screen readers only; the preview shows it. The help page opens in a new window.
 */
export function Header({ preview, fileName, onPickAnother }: HeaderProps) {
  const s = useStyles();
  return (
    <header className={s.header}>
      <div className={s.headerRow}>
        <h1 className={preview ? s.title : s.visuallyHidden}>{preview ? T.appTitlePreview : T.appTitle}</h1>
        <Link href="help.html" target="_blank" rel="noopener" aria-label={T.helpLabel} style={{ marginLeft: "auto", whiteSpace: "nowrap" }}>
          <span className={s.row} style={{ gap: 4, flexWrap: "nowrap" }}>
            <QuestionCircle16Regular aria-hidden />
            {T.help}
          </span>
        </Link>
      </div>
      {preview && fileName ? (
        <div className={s.fileRow}>
          <Text size={200} style={{ minWidth: 0 }}>
            {T.fileLabel(fileName)}
          </Text>
          {onPickAnother ? (
            <Button size="small" icon={<DocumentArrowUp20Regular />} onClick={onPickAnother}>
              {T.pickAnother}
            </Button>
          ) : null}
        </div>
      ) : null}
    </header>
  );
}
