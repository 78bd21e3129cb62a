import { useEffect, useRef, useState } from "react";
import { useStyles } from "./styles";

export interface LiveRegionProps {
  /** What the pane says now: the state, then any notice. Each text that is new is spoken once. */
  messages: (string | undefined)[];
}

/**
 * The pane's one live region (role status, polite): screen readers speak each change of state
 * (scanning, found, problems, each step of a run, done, an error) without moving the focus.
 */
export function LiveRegion({ messages }: LiveRegionProps) {
  const s = useStyles();
  const spoken = useRef<string[]>([]);
  const [text, setText] = useState("");
  // Joined into one key: `messages` is a new array on every render.
  const key = messages.filter((m): m is string => !!m).join("\n");
  useEffect(() => {
    const now = key === "" ? [] : key.split("\n");
    const fresh = now.filter((m) => !spoken.current.includes(m));
    spoken.current = now;
    if (fresh.length > 0) setText(fresh.join(" "));
  }, [key]);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={s.visuallyHidden} data-testid="live">
      {text}
    </div>
  );
}
