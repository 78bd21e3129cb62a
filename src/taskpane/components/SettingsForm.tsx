import { Button, Card, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronUp16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import {
  AGENCY_TYPES,
  AGENCY_TYPE_SHORT,
  agencyTypeFromName,
  isAgencyType,
  type Settings,
  type SettingsField,
  settingsFieldErrors,
} from "../../core";
import { T } from "../strings";
import { useStyles } from "./styles";

export interface SettingsFormProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
  /** What the engine detected, shown as the "automatic" choice. */
  detected: { year?: number; frameworkId?: string; frameworkLabel?: string; agency?: string };
  years: number[];
  frameworks: { id: string; label: string }[];
  disabled?: boolean;
}

const numberOrUndefined = (text: string): number | undefined => (text.trim() === "" ? undefined : Number(text));
const shown = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? "" : String(n));
const ADVANCED: readonly SettingsField[] = ["urgentBelow", "improveBelow", "lowestPerIssue", "fiscalYear"];

/** Agency, year and framework up front; thresholds, mode, digits and fiscal year behind "more". A bad value is marked on its field. */
export function SettingsForm({ settings, onChange, detected, years, frameworks, disabled }: SettingsFormProps) {
  const s = useStyles();
  const [more, setMore] = useState(false);
  const errors = settingsFieldErrors(settings);
  /** The message(s) about one field, for Fluent's Field (marked red, read with the field). */
  const problem = (field: SettingsField) => {
    const messages = errors.filter((e) => e.fields.includes(field)).map((e) => e.message);
    return messages.length > 0 ? { validationState: "error" as const, validationMessage: messages.join(" · ") } : {};
  };
  // A bad value behind "more" must be seen: the advanced part opens by itself.
  const open = more || errors.some((e) => e.fields.some((f) => ADVANCED.includes(f)));
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const setClass = (patch: Partial<Settings["classification"]>) => set({ classification: { ...settings.classification, ...patch } });
  const withoutKey = <K extends keyof Settings>(key: K, value: Settings[K] | undefined): Settings => {
    const next = { ...settings };
    if (value === undefined || value === "") delete next[key];
    else next[key] = value;
    return next;
  };
  const resultsYear = settings.year ?? detected.year;
  const fiscalDefault = resultsYear === undefined ? undefined : resultsYear + 1;
  const c = settings.classification;
  const inForce = frameworks.find((f) => f.id === (settings.frameworkId ?? detected.frameworkId));
  const namedType = agencyTypeFromName(settings.agency ?? detected.agency);

  return (
    <Card className={s.card} role="region" aria-labelledby="ita-settings-title">
      <h2 id="ita-settings-title" className={s.sectionTitle}>
        {T.settingsTitle}
      </h2>
      <Field label={T.agency} hint={T.agencyHint}>
        <Input
          value={settings.agency ?? ""}
          placeholder={detected.agency ?? ""}
          disabled={disabled}
          onChange={(_, d) => onChange(withoutKey("agency", d.value))}
        />
      </Field>
      <Field label={T.agencyType} hint={T.agencyTypeHint}>
        <Select
          className={s.stretch}
          value={settings.agencyType ?? ""}
          disabled={disabled}
          onChange={(_, d) => onChange(withoutKey("agencyType", isAgencyType(d.value) ? d.value : undefined))}
        >
          <option value="">{namedType ? T.agencyTypeAuto(AGENCY_TYPE_SHORT[namedType]) : T.agencyTypeUnknown}</option>
          {AGENCY_TYPES.map((t) => (
            <option key={t} value={t}>
              {AGENCY_TYPE_SHORT[t]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.fields}>
        <Field label={T.year} {...problem("year")}>
          <Select
            className={s.stretch}
            value={shown(settings.year)}
            disabled={disabled}
            onChange={(_, d) => onChange(withoutKey("year", numberOrUndefined(d.value)))}
          >
            <option value="">{detected.year ? T.auto(String(detected.year)) : T.autoNone}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={T.framework} hint={inForce ? T.frameworkHint(inForce.label) : undefined}>
          <Select
            className={s.stretch}
            value={settings.frameworkId ?? ""}
            disabled={disabled}
            onChange={(_, d) => onChange(withoutKey("frameworkId", d.value))}
          >
            <option value="">{detected.frameworkId ? T.autoFramework(detected.frameworkId) : T.autoNone}</option>
            {frameworks.map((f) => (
              <option key={f.id} value={f.id}>
                {T.frameworkOption(f.id)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div>
        <Button
          size="small"
          appearance="subtle"
          icon={open ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
          aria-expanded={open}
          onClick={() => setMore(!open)}
        >
          {open ? T.settingsLess : T.settingsMore}
        </Button>
      </div>
      {open ? (
        <>
          <Field label={T.mode}>
            <RadioGroup
              value={c.mode}
              disabled={disabled}
              onChange={(_, d) => setClass({ mode: d.value === "lowest" ? "lowest" : "threshold" })}
            >
              <Radio value="threshold" label={T.modeThreshold} />
              <Radio value="lowest" label={T.modeLowest} />
            </RadioGroup>
          </Field>
          {c.mode === "threshold" ? (
            <div className={s.fields}>
              <Field label={T.urgentBelow} {...problem("urgentBelow")}>
                <Input
                  type="number"
                  min={0}
                  max={100}
                  value={shown(c.urgentBelow)}
                  disabled={disabled}
                  onChange={(_, d) => setClass({ urgentBelow: numberOrUndefined(d.value) ?? Number.NaN })}
                />
              </Field>
              <Field label={T.improveBelow} {...problem("improveBelow")}>
                <Input
                  type="number"
                  min={0}
                  max={100}
                  value={shown(c.improveBelow)}
                  disabled={disabled}
                  onChange={(_, d) => setClass({ improveBelow: numberOrUndefined(d.value) ?? Number.NaN })}
                />
              </Field>
            </div>
          ) : (
            <Field label={T.lowestPerIssue} {...problem("lowestPerIssue")}>
              <Input
                type="number"
                min={1}
                max={50}
                value={shown(c.lowestPerIssue)}
                disabled={disabled}
                onChange={(_, d) => setClass({ lowestPerIssue: numberOrUndefined(d.value) ?? Number.NaN })}
              />
            </Field>
          )}
          <Field label={T.digits}>
            <RadioGroup
              value={settings.digits}
              disabled={disabled}
              onChange={(_, d) => set({ digits: d.value === "arabic" ? "arabic" : "thai" })}
            >
              <Radio value="thai" label={T.digitsThai} />
              <Radio value="arabic" label={T.digitsArabic} />
            </RadioGroup>
          </Field>
          <Field
            label={T.fiscalYear}
            hint={fiscalDefault !== undefined ? T.fiscalYearHint(fiscalDefault) : undefined}
            {...problem("fiscalYear")}
          >
            <Input
              type="number"
              value={shown(settings.fiscalYear)}
              placeholder={fiscalDefault !== undefined ? String(fiscalDefault) : ""}
              disabled={disabled}
              onChange={(_, d) => onChange(withoutKey("fiscalYear", numberOrUndefined(d.value)))}
            />
          </Field>
          <h3 className={s.subTitle}>{T.docSettings}</h3>
          <div className={s.fields}>
            <Field label={T.headName} hint={T.headHint}>
              <Input value={settings.headName ?? ""} disabled={disabled} onChange={(_, d) => onChange(withoutKey("headName", d.value))} />
            </Field>
            <Field label={T.headPosition}>
              <Input
                value={settings.headPosition ?? ""}
                disabled={disabled}
                onChange={(_, d) => onChange(withoutKey("headPosition", d.value))}
              />
            </Field>
            <Field label={T.district} hint={T.placeHint}>
              <Input value={settings.district ?? ""} disabled={disabled} onChange={(_, d) => onChange(withoutKey("district", d.value))} />
            </Field>
            <Field label={T.province}>
              <Input value={settings.province ?? ""} disabled={disabled} onChange={(_, d) => onChange(withoutKey("province", d.value))} />
            </Field>
          </div>
        </>
      ) : null}
    </Card>
  );
}
