import type { Framework, IndicatorNumber, Sourced, ToolKey, YearScores } from "../../types";
import type { Basis, Figure } from "./model";

// How firm each figure of a year is, so the document never states a figure more firmly than the data
// supports. A published figure is firm; a computed one inherits the weakest of what it was computed from:
// missing items make it an estimate (partial), an unconfirmed OIT list makes it provisional (from the
// framework's list here, and from the scoring's own provisional marks).

const RANK: Record<Basis, number> = { official: 0, computed: 1, provisional: 2, partial: 3 };

interface Made {
  basis: Basis;
  missing: number;
  of: number;
}

function weakest(parts: Made[]): Made {
  const basis = parts.reduce<Basis>((b, p) => (RANK[p.basis] > RANK[b] ? p.basis : b), "computed");
  return { basis, missing: parts.reduce((n, p) => n + p.missing, 0), of: parts.reduce((n, p) => n + p.of, 0) };
}

/** The less firm of two bases. */
export function weaker(a: Basis, b: Basis): Basis {
  return RANK[b] > RANK[a] ? b : a;
}

/** A figure the scoring marked provisional (Sourced.provisional) is never stated more firmly than that. */
function figure(s: Sourced, made: Made): Figure {
  if (s.source === "official") return { value: s.value, basis: "official" };
  const basis = s.provisional ? weaker(made.basis, "provisional") : made.basis;
  return { value: s.value, basis, ...(basis === "partial" ? { missing: made.missing, of: made.of } : {}) };
}

const TOOL_INDICATORS: Record<"IIT" | "EIT" | "OIT", IndicatorNumber[]> = { IIT: [1, 2, 3, 4, 5], EIT: [6, 7, 8], OIT: [9, 10] };

export interface YearCertainty {
  indicator(n: IndicatorNumber): Figure | undefined;
  tool(key: ToolKey): Figure | undefined;
  overall(): Figure | undefined;
}

export function certainty(framework: Framework, scores: YearScores): YearCertainty {
  const missing = new Set(scores.missing);
  const oitBasis: Basis = framework.oitProvisional ? "provisional" : "computed";
  const fromItems = (codes: string[], basis: Basis): Made => {
    const gone = codes.filter((c) => missing.has(c)).length;
    return { basis: gone > 0 ? "partial" : basis, missing: gone, of: codes.length };
  };

  const sub = (id: string): Made => {
    const codes = framework.items.filter((i) => i.subIndicator === id).map((i) => i.code);
    const s = scores.subIndicators[id];
    if (!s) return { basis: "partial", missing: codes.length, of: codes.length };
    return s.source === "official" ? { basis: "official", missing: 0, of: codes.length } : fromItems(codes, oitBasis);
  };

  const indicatorMade = (n: IndicatorNumber): Made => {
    const info = framework.indicators.find((i) => i.number === n);
    const s = scores.indicators[n];
    if (s?.source === "official") return { basis: "official", missing: 0, of: 0 };
    if (info?.tool === "OIT") return weakest(framework.subIndicators.filter((x) => x.indicator === n).map((x) => sub(x.id)));
    return fromItems(
      framework.items.filter((i) => i.indicator === n).map((i) => i.code),
      "computed",
    );
  };

  const toolMade = (key: ToolKey): Made => {
    const s = scores.tools[key];
    if (!s || s.source === "official") return { basis: "official", missing: 0, of: 0 };
    // Parts computed from the questions' parts: as firm as a computed figure.
    if (key === "EIT_PUBLIC" || key === "EIT_SURVEY") return { basis: "computed", missing: 0, of: 0 };
    const indicators = TOOL_INDICATORS[key];
    // EIT without all its indicators was taken as the mean of its two published parts.
    if (indicators.some((n) => !scores.indicators[n])) return { basis: "computed", missing: 0, of: 0 };
    return weakest(indicators.map(indicatorMade));
  };

  return {
    indicator: (n) => {
      const s = scores.indicators[n];
      return s && figure(s, indicatorMade(n));
    },
    tool: (key) => {
      const s = scores.tools[key];
      return s && figure(s, toolMade(key));
    },
    overall: () => {
      const s = scores.overall;
      return s && figure(s, weakest((["IIT", "EIT", "OIT"] as const).map(toolMade)));
    },
  };
}
