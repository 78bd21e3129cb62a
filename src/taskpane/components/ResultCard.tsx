import { Badge, Button, Card, Link, MessageBar, MessageBarBody, Text, mergeClasses } from "@fluentui/react-components";
import { ArrowClockwise20Regular, ArrowDownload20Regular, CheckmarkCircle20Filled, Open16Regular } from "@fluentui/react-icons";
import { TOOL_SHORT } from "../../core";
import type { WrittenOutcome } from "../host";
import { T, score2 } from "../strings";
import { summaryOf } from "../view";
import { useStyles } from "./styles";

export interface ResultCardProps {
  outcome: WrittenOutcome;
  onOpenSheet?: (name: string) => void;
  onDownload?: () => void;
  onAgain: () => void;
}

function levelColor(level: string | undefined): "success" | "warning" | "danger" | "informative" {
  if (!level) return "informative";
  if (level === "ไม่ผ่าน" || /^[CDEF]$/.test(level)) return "danger";
  if (level === "ผ่าน" || level === "B") return "warning";
  return "success";
}

/** Overall score, level, tools, urgent/improve items per issue, and the written sheets. */
export function ResultCard({ outcome, onOpenSheet, onDownload, onAgain }: ResultCardProps) {
  const s = useStyles();
  const r = summaryOf(outcome.result);
  return (
    <Card className={s.card} aria-label={T.doneTitle}>
      <div className={s.row}>
        <CheckmarkCircle20Filled className={s.okIcon} />
        <Text weight="semibold" size={400}>
          {T.doneTitle}
        </Text>
      </div>
      {r.agency ? <Text size={200}>{r.agency}</Text> : null}
      <div className={s.tool}>
        <Text size={200} className={s.muted}>
          {T.overall} {r.year}
        </Text>
        <div className={s.scoreRow}>
          <span className={s.score}>{r.overall !== undefined ? score2(r.overall) : "–"}</span>
          {r.level ? (
            <Badge size="extra-large" appearance="filled" color={levelColor(r.level)} aria-label={`${T.level} ${r.level}`}>
              {r.level}
            </Badge>
          ) : null}
        </div>
      </div>
      {r.overall === undefined ? <Text size={200}>{T.noOverall}</Text> : null}
      {r.tools.length > 0 ? (
        <div className={s.tools} aria-label={T.tools}>
          {r.tools.map((t) => (
            <div key={t.key} className={s.tool}>
              <Text size={200} className={s.muted}>
                {TOOL_SHORT[t.key]}
              </Text>
              <Text weight="semibold">{score2(t.score)}</Text>
            </div>
          ))}
        </div>
      ) : null}
      <table className={s.table} aria-label={T.issuesTitle}>
        <caption style={{ textAlign: "left", paddingBottom: 4 }}>
          <Text size={200} weight="semibold">
            {T.issuesTitle}
          </Text>
        </caption>
        <thead>
          <tr>
            <th>{T.issueColumn}</th>
            <th className="n">{T.urgent}</th>
            <th className="n">{T.improve}</th>
          </tr>
        </thead>
        <tbody>
          {r.issues.map((i) => (
            <tr key={i.number}>
              <td>
                {i.number}. {i.title}
              </td>
              <td className={mergeClasses("n", i.urgent ? s.urgent : undefined)}>{i.urgent}</td>
              <td className={mergeClasses("n", i.improve ? s.improve : undefined)}>{i.improve}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text size={200}>{T.measuresCount(r.measures, r.fiscalYear)}</Text>
      {outcome.carried > 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{T.carried(outcome.carried)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome.keptCopies?.length ? (
        <MessageBar intent="warning">
          <MessageBarBody>{T.keptCopies(outcome.keptCopies)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Text size={200} weight="semibold">
        {outcome.file ? T.sheetsTitlePreview : T.sheetsTitle}
      </Text>
      <ul className={s.list}>
        {outcome.sheets.map((sheet) => (
          <li key={sheet.name}>
            {onOpenSheet ? (
              <Link as="button" onClick={() => onOpenSheet(sheet.name)} title={T.openSheet(sheet.name)}>
                {sheet.name} <Open16Regular />
              </Link>
            ) : (
              <Text size={200}>{sheet.name}</Text>
            )}
          </li>
        ))}
      </ul>
      {outcome.file && onDownload ? (
        <div className={s.section}>
          <Button appearance="primary" icon={<ArrowDownload20Regular />} onClick={onDownload}>
            {T.download}
          </Button>
          <Text size={200} className={s.muted}>
            {T.downloadHint(outcome.file.name)}
          </Text>
        </div>
      ) : null}
      <Text size={200} className={s.muted}>
        {T.shareNote}
      </Text>
      <div>
        <Button icon={<ArrowClockwise20Regular />} onClick={onAgain}>
          {T.again}
        </Button>
      </div>
    </Card>
  );
}
