import { Button, Link, Text, mergeClasses } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { useState } from "react";
import { type Problem, SEVERITY_LABEL } from "../../core";
import { T } from "../strings";
import { useStyles } from "./styles";

export interface ProblemListProps {
  problems: Problem[];
  /** Excel: select the cell. Absent in the browser preview (the cell is shown as text). */
  onSelect?: (cell: string) => void;
  /** Items shown before "show all". */
  limit?: number;
  label: string;
}

/** Every problem with its cell; in Excel a click on the cell selects it. */
export function ProblemList({ problems, onSelect, limit = 8, label }: ProblemListProps) {
  const s = useStyles();
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, limit);
  return (
    <div className={s.section}>
      <ul className={s.plainList} aria-label={label}>
        {shown.map((p, i) => (
          <li key={i} className={s.problem} data-testid="problem">
            {p.severity === "error" ? (
              <ErrorCircle16Filled className={mergeClasses(s.problemIcon, s.errorIcon)} aria-label={SEVERITY_LABEL.error} />
            ) : (
              <Warning16Filled className={mergeClasses(s.problemIcon, s.warningIcon)} aria-label={SEVERITY_LABEL.warning} />
            )}
            <Text size={200}>{p.cell && onSelect ? <MessageWithCell problem={p} onSelect={onSelect} /> : p.message}</Text>
          </li>
        ))}
      </ul>
      {problems.length > limit ? (
        <div>
          <Button size="small" appearance="subtle" onClick={() => setAll(!all)}>
            {all ? T.showLess : T.showAll(problems.length)}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** The message with its cell address as a link to the cell; the message always comes first. */
function MessageWithCell({ problem, onSelect }: { problem: Problem; onSelect: (cell: string) => void }) {
  const link = (key: number) => (
    <Link key={key} as="button" onClick={() => onSelect(problem.cell)} title={T.goToCell(problem.cell)}>
      {problem.cell}
    </Link>
  );
  const parts = problem.message.split(problem.cell);
  if (parts.length === 1)
    return (
      <>
        {problem.message} ({link(0)})
      </>
    );
  return <>{parts.flatMap((part, i) => (i === 0 ? [part] : [link(i), part]))}</>;
}
