import { MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { T } from "../strings";
import { useStyles } from "./styles";

/** The preview's overview of several files (as `ita batch --overview`): being made, downloaded, or failed. */
export type OverviewState = { name: "building"; files: number } | { name: "done"; text: string } | { name: "failed"; text: string };

/** What the overview note says, for the live region. */
export function overviewSaid(state: OverviewState | undefined): string | undefined {
  if (!state) return undefined;
  if (state.name === "building") return T.overviewBuilding(state.files);
  return `${state.name === "done" ? T.overviewTitle : T.overviewFailedTitle} ${state.text}`;
}

/** The overview's note under the header; its heading takes the focus when the news changes. */
export function OverviewNote({ state }: { state: OverviewState }) {
  const s = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [state]);
  if (state.name === "building")
    return (
      <div className={s.row}>
        <Spinner size="tiny" aria-hidden />
        <Text size={200}>{T.overviewBuilding(state.files)}</Text>
      </div>
    );
  return (
    <MessageBar intent={state.name === "done" ? "success" : "error"} layout="multiline">
      <MessageBarBody>
        <h2 ref={heading} tabIndex={-1} className={s.sectionTitle}>
          {state.name === "done" ? T.overviewTitle : T.overviewFailedTitle}
        </h2>
        <div>{state.text}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
