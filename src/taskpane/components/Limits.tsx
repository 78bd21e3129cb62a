import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { T } from "../strings";
import { useStyles } from "./styles";

/** What this Excel cannot do, each with what to use instead (compat.ts); folded to one line until opened. */
export function Limits({ limits }: { limits: string[] }) {
  const s = useStyles();
  if (limits.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <details className={s.details}>
          <summary>{T.limitsTitle(limits.length)}</summary>
          <ul className={s.list}>
            {limits.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </details>
      </MessageBarBody>
    </MessageBar>
  );
}
