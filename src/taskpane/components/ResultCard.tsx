import { Badge, Button, Card, Link, MessageBar, MessageBarBody, Text, mergeClasses } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, Open16Regular } from "@fluentui/react-icons";
import type { ReactElement, Ref } from "react";
import { TOOL_IN_TEXT } from "../../core";
import type { WrittenOutcome } from "../host";
import { T, score2 } from "../strings";
import { summaryOf } from "../view";
import { useStyles } from "./styles";

/** One thing to do with the result: download the file, analyse again, (later) the o42 document. */
export interface ResultAction {
  key: string;
  label: string;
  icon?: ReactElement;
  primary?: boolean;
  /** A line under the button (the file name of a download). */
  hint?: string;
  onClick: () => void;
}

export interface ResultCardProps {
  outcome: WrittenOutcome;
  onOpenSheet?: (name: string) => void;
  /** In order; the first primary one is the main next step. New outputs add an entry here. */
  actions: ResultAction[];
  /** The card's heading, which takes the focus when the result appears. */
  headingRef?: Ref<HTMLHeadingElement>;
}

function levelColor(level: string | undefined): "success" | "warning" | "danger" | "informative" {
  if (!level) return "informative";
  if (level === "ไม่ผ่าน" || /^[CDEF]$/.test(level)) return "danger";
  if (level === "ผ่าน" || level === "B") return "warning";
  return "success";
}

/** Overall score, level, tools, urgent/improve items per issue, the written sheets, and what to do next. */
export function ResultCard({ outcome, onOpenSheet, actions, headingRef }: ResultCardProps) {
  const s = useStyles();
  const r = summaryOf(outcome.result);
  return (
    <Card className={s.card} role="region" aria-labelledby="ita-done-title">
      <div className={s.row}>
        <CheckmarkCircle20Filled className={s.okIcon} aria-hidden />
        <h2 id="ita-done-title" ref={headingRef} tabIndex={-1} className={s.sectionTitle}>
          {T.doneTitle}
        </h2>
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
        {r.overallSource ? (
          <Text size={200} className={s.muted}>
            {r.overallSource === "official" ? T.sourceOfficial : T.sourceComputed}
            {r.overallProvisional ? ` (${T.provisionalFigure})` : ""}
          </Text>
        ) : null}
        {r.levelCell ? (
          <Text size={200} className={s.muted} data-testid="level-source">
            {T.levelStated(r.levelCell)}
            {r.computedLevel ? ` · ${T.levelComputed(r.computedLevel)}` : ""}
          </Text>
        ) : r.level && r.levelProvisional ? (
          <Text size={200} className={s.muted} data-testid="level-source">
            {T.levelProvisional}
          </Text>
        ) : null}
      </div>
      {r.overall === undefined ? <Text size={200}>{T.noOverall}</Text> : null}
      {r.provisionalNote ? (
        <MessageBar intent="warning" layout="multiline" data-testid="provisional-note">
          <MessageBarBody>{T.provisionalNote(r.provisionalNote)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {r.tools.length > 0 ? (
        <section className={s.section} aria-labelledby="ita-tools-title">
          <h3 id="ita-tools-title" className={s.subTitle}>
            {T.tools}
          </h3>
          <dl className={s.tools}>
            {r.tools.map((t) => (
              <div key={t.key} style={{ display: "contents" }}>
                <dt className={t.part ? s.part : undefined}>
                  <Text size={200}>
                    {TOOL_IN_TEXT[t.key]}
                    {t.provisional ? ` (${T.provisionalFigure})` : ""}
                  </Text>
                </dt>
                <dd>
                  <Text size={200} weight="semibold">
                    {score2(t.score)}
                  </Text>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <table className={s.table} aria-labelledby="ita-issues-title">
        <caption style={{ textAlign: "left", paddingBottom: 4 }}>
          <h3 id="ita-issues-title" className={s.subTitle}>
            {T.issuesTitle}
          </h3>
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
      {r.indicatorLevel ? (
        <Text size={200} className={s.muted}>
          {T.indicatorLevelCounted}
        </Text>
      ) : null}
      <Text size={200}>{T.measuresCount(r.measures, r.fiscalYear)}</Text>
      {outcome.carried > 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{T.carried(outcome.carried)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome.keptCopies?.length ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{T.keptCopies(outcome.keptCopies)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <section className={s.section} aria-labelledby="ita-sheets-title">
        <h3 id="ita-sheets-title" className={s.subTitle}>
          {outcome.file ? T.sheetsTitlePreview : T.sheetsTitle}
        </h3>
        <ul className={s.list}>
          {outcome.sheets.map((sheet) => (
            <li key={sheet.name}>
              {onOpenSheet ? (
                <Link as="button" onClick={() => onOpenSheet(sheet.name)} title={T.openSheet(sheet.name)}>
                  {sheet.name} <Open16Regular aria-hidden />
                </Link>
              ) : (
                <Text size={200}>{sheet.name}</Text>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className={s.section} aria-label={T.actionsTitle} data-testid="result-actions">
        {actions.map((a) => (
          <div key={a.key} className={s.section} style={{ gap: 2 }}>
            <div>
              <Button appearance={a.primary ? "primary" : "secondary"} icon={a.icon} onClick={a.onClick}>
                {a.label}
              </Button>
            </div>
            {a.hint ? (
              <Text size={200} className={s.muted}>
                {a.hint}
              </Text>
            ) : null}
          </div>
        ))}
      </section>
      <Text size={200} className={s.muted}>
        {T.shareNote}
      </Text>
    </Card>
  );
}
