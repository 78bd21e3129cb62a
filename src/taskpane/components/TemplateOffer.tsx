import { Button, Card, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, Text } from "@fluentui/react-components";
import { TableAdd20Regular } from "@fluentui/react-icons";
import { type Framework, scoreEntrySheet, type TemplateSheet } from "../../core";
import type { TemplateState } from "../hooks/usePane";
import { T } from "../strings";
import { useStyles } from "./styles";

export interface TemplateOfferProps {
  frameworks: Framework[];
  agency?: string;
  state?: TemplateState;
  onChoose: (frameworkId: string) => void;
  onAdd: (sheet: TemplateSheet) => void;
}

/** In a workbook with no scores: add a score-entry sheet of the chosen framework (core's scoreEntrySheet). */
export function TemplateOffer({ frameworks, agency, state, onChoose, onAdd }: TemplateOfferProps) {
  const s = useStyles();
  const sorted = [...frameworks].sort((a, b) => Number(b.id) - Number(a.id));
  const id = state?.frameworkId ?? sorted[0]?.id ?? "";
  const framework = sorted.find((f) => f.id === id);
  if (!framework) return null;
  const busy = state?.busy === true;
  return (
    <Card className={s.card}>
      <h3 className={s.subTitle}>{T.templateTitle}</h3>
      <Text size={200}>{T.templateBody}</Text>
      <Field label={T.templateYear} hint={framework.oitProvisional ? T.templateProvisional : undefined}>
        <Select className={s.stretch} value={id} disabled={busy} onChange={(_, d) => onChoose(d.value)}>
          {sorted.map((f) => (
            <option key={f.id} value={f.id}>
              {T.templateYearOption(Number(f.id), f.id)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.actions}>
        <Button
          appearance="primary"
          icon={busy ? <Spinner size="tiny" /> : <TableAdd20Regular />}
          disabledFocusable={busy}
          onClick={() => onAdd(scoreEntrySheet(framework, { year: Number(framework.id), ...(agency ? { agency } : {}) }))}
        >
          {busy ? T.templateAdding : T.templateButton}
        </Button>
      </div>
      {state?.added ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{T.templateAdded(state.added)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state?.failed ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{T.templateFailed}</MessageBarTitle>
            <div>{state.failed}</div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </Card>
  );
}
