import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// Contract test: the JSDoc in src/functions/functions.ts must give custom-functions-metadata no
// errors (its command line only prints them) and the ids and signatures the workbooks rely on:
// formulas are saved as _xldudf_ITA_<ID>, so an id or parameter order must never change silently.

interface Param {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
  result: { type?: string };
  options?: Record<string, unknown>;
}

const signature = (f: Fn) =>
  f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}:${p.type}${p.dimensionality === "matrix" ? "[][]" : ""}`).join(", ");

describe("custom functions metadata (functions.json)", () => {
  let functions: Fn[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(["src/functions/functions.ts"]);
    expect(result.errors).toEqual([]);
    functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
  });

  it("has exactly the ITA functions, with ASCII ids equal to their names", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(
      ["INDICATOR", "ISSUE", "LEVEL", "MEASURE", "NORMALIZE", "PROGRESS", "QUESTION", "SCORE", "STATUS", "TOOL"].sort(),
    );
    for (const f of functions) {
      expect(f.name).toBe(f.id);
      expect(f.id).toMatch(/^[A-Z][A-Z0-9._]*$/);
    }
    expect(new Set(functions.map((f) => f.id)).size).toBe(functions.length);
  });

  it("has the expected parameter signatures", () => {
    const sigs = Object.fromEntries(functions.map((f) => [f.id, signature(f)]));
    expect(sigs).toEqual({
      ISSUE: "code:string, year?:any, format?:string",
      QUESTION: "code:string, year?:any",
      INDICATOR: "code:string, year?:any, format?:string",
      TOOL: "code:string",
      NORMALIZE: "text:string",
      STATUS: "code:string, score:any, year?:any",
      LEVEL: "overall:any, iit?:any, eit?:any, oit?:any, year?:any",
      SCORE: "codes:string[][], scores:any[][], what?:any, year?:any",
      MEASURE: "code:string, year?:any",
      PROGRESS: "statuses:any[][], percents?:any[][]",
    });
  });

  it("describes every function and parameter in Thai; none is volatile or streaming", () => {
    const thai = /[\u0e00-\u0e7f]/;
    for (const f of functions) {
      expect(f.description).toMatch(thai);
      for (const p of f.parameters) expect(p.description ?? "").not.toBe("");
      expect(f.options?.volatile).toBeUndefined();
      expect(f.options?.stream).toBeUndefined();
    }
  });

  it("returns text for the text-only functions", () => {
    const result = Object.fromEntries(functions.map((f) => [f.id, f.result.type]));
    for (const id of ["QUESTION", "TOOL", "NORMALIZE", "STATUS", "LEVEL", "MEASURE"]) expect(result[id]).toBe("string");
    for (const id of ["ISSUE", "INDICATOR", "SCORE"]) expect(result[id]).toBeUndefined(); // any: text or number
    expect(result.PROGRESS).toBe("number");
  });
});
