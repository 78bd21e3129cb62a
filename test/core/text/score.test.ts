// Score cells: numbers, text, Thai digits, percentages, missing marks and what cannot be a score.
import { parseScore } from "../../../src/core/text/score";

describe("parseScore", () => {
  it.each([
    [98.5, 98.5],
    [0, 0],
    [100, 100],
    ["98.5", 98.5],
    ["98.50 ", 98.5],
    ["๙๗.๑๓", 97.13],
    ["๑๐๐.๐๐", 100],
    ["98.5%", 98.5],
    ["๙๘.๕ %", 98.5],
    ["+5.71", 5.71],
    ["93.57 คะแนน", 93.57],
    ["\u00a099\u00a0", 99],
  ])("%p → %p", (value, score) => {
    expect(parseScore(value)).toEqual({ kind: "score", value: score });
  });

  it.each([null, undefined, "", "  ", "-", "--", "–", "—", "n/a", "N/A", "ไม่มีข้อมูล", "ไม่ได้ประเมิน"])("%p is missing", (value) => {
    expect(parseScore(value)).toEqual({ kind: "missing" });
  });

  it.each([
    [105, 105],
    [-1, -1],
    ["105", 105],
    ["-5", -5],
    ["−0.91", -0.91],
    ["1,000", 1000],
  ])("%p is out of range", (value, n) => {
    expect(parseScore(value)).toEqual({ kind: "outOfRange", value: n });
  });

  it("-0 and +0 are zero", () => {
    expect(parseScore("-0.00")).toEqual({ kind: "score", value: 0 });
  });

  it.each(["abc", "ผ่านดี", "98.5.1", "9 8", true, false, Number.NaN, Number.POSITIVE_INFINITY, "x".repeat(60)])(
    "%p is unreadable",
    (value) => {
      expect(parseScore(value).kind).toBe("unreadable");
    },
  );
});
