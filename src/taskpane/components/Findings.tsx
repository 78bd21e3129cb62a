import { Card, Text } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, TableSearch20Regular } from "@fluentui/react-icons";
import type { Ref } from "react";
import { T, joinList } from "../strings";
import type { Findings as FindingsModel } from "../view";
import { useStyles } from "./styles";

export interface FindingsProps {
  findings: FindingsModel;
  /** The add-in's sheets from an earlier run. */
  ownSheets: { key: string; name: string }[];
  /** The section's heading, which takes the focus after a scan. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** What the scan found: tables and ranges, year(s), framework, items, what is missing. */
export function Findings({ findings: f, ownSheets, headingRef }: FindingsProps) {
  const s = useStyles();
  return (
    <Card className={s.card} role="region" aria-labelledby="ita-found-title">
      <div className={s.row}>
        <TableSearch20Regular aria-hidden />
        <h2 id="ita-found-title" ref={headingRef} tabIndex={-1} className={s.sectionTitle}>
          {T.foundTitle}
        </h2>
      </div>
      <div className={s.row}>
        <CheckmarkCircle20Filled className={s.okIcon} aria-hidden />
        <Text>{T.foundTables(f.tables.length)}</Text>
      </div>
      <ul className={s.list}>
        {f.tables.map((t, i) => (
          <li key={i}>
            <Text size={200}>
              {T.tableLine(t.sheet, t.range, T.tableKind[t.kind] ?? t.kind, t.rows)}
              {t.years.some((y) => y !== undefined)
                ? ` (${T.tableYears(joinList(t.years.filter((y): y is number => y !== undefined)))})`
                : ""}
            </Text>
          </li>
        ))}
      </ul>
      {f.agency ? <Text size={200}>{T.agencyLine(f.agency)}</Text> : null}
      <Text size={200}>
        {f.year !== undefined ? T.yearLine(f.year) : T.yearUnknown} {f.years.length > 1 ? T.yearsFound(joinList(f.years)) : ""}
      </Text>
      <Text size={200}>
        {T.frameworkLine(f.frameworkLabel)}
        {f.provisional ? ` (${T.provisional})` : ""}
      </Text>
      <Text size={200}>{T.itemsLine(f.scored, f.total)}</Text>
      {f.missing.length > 0 && f.scored > 0 ? (
        <Text size={200} className={s.muted}>
          {T.missingLine(f.missing.length)} {joinList(f.missing, 20)}
        </Text>
      ) : null}
      {ownSheets.length > 0 ? (
        <Text size={200} className={s.muted}>
          {T.previousRun(ownSheets.map((o) => `“${o.name}”`).join(", "))}
        </Text>
      ) : null}
    </Card>
  );
}
