// What the pane tells staff about their Excel, from its requirement sets (Microsoft's tables:
// volume-licensed Excel 2016 has ExcelApi 1.1 only, 2019 up to 1.7, neither the shared runtime);
// and what it tells them when something fails, never the library's or Excel's own text.
import { capabilitiesOf, FUNCTIONS_RUNTIME, PANE_EXCEL_API } from "../../src/taskpane/compat";
import { excelAdvice, fileAdvice } from "../../src/taskpane/errors";
import { PaneError } from "../../src/taskpane/host";
import { T } from "../../src/taskpane/strings";
import { compareVersions } from "./api-sets";

/** An Excel that has each set up to the given version ("1.11" is newer than "1.7"). */
const excel = (have: Record<string, string>) => (set: string, version: string) =>
  have[set] !== undefined && compareVersions(version, have[set]) <= 0;

describe("capabilitiesOf", () => {
  it("Excel 2016 volume-licensed (ExcelApi 1.1): cannot run, and says what to use instead", () => {
    const c = capabilitiesOf(excel({ ExcelApi: "1.1" }), false);
    expect(c.canRun).toBe(false);
    expect(c.limits).toEqual([T.cannotRun]);
    expect(T.cannotRun).toMatch(/หน้าทดลองในเบราว์เซอร์.*คำสั่ง ita/);
  });

  it("Excel 2019 volume-licensed (ExcelApi 1.7, no shared runtime): runs, without print setup and formulas", () => {
    expect(PANE_EXCEL_API).toBe("1.7");
    const c = capabilitiesOf(excel({ ExcelApi: "1.7" }), true);
    expect(c).toEqual({ canRun: true, limits: [T.limitPrint, T.limitPaneOnly] });
  });

  it("retail Excel between the shared runtime (2002) and custom functions (2311): everything but the formulas", () => {
    const c = capabilitiesOf(excel({ ExcelApi: "1.11", SharedRuntime: "1.1" }), false);
    expect(FUNCTIONS_RUNTIME).toBe("1.3");
    expect(c).toEqual({ canRun: true, limits: [T.limitFormulas] });
  });

  it("Microsoft 365: nothing to say", () => {
    expect(capabilitiesOf(excel({ ExcelApi: "1.20", SharedRuntime: "1.2", CustomFunctionsRuntime: "1.5" }), false)).toEqual({
      canRun: true,
      limits: [],
    });
  });
});

describe("excelAdvice", () => {
  const officeError = (code: string, message = "x") => Object.assign(new Error(`${code}: ${message}`), { code });
  it.each([
    [officeError("InvalidOperationInCellEditMode"), T.excel.cellEdit],
    [officeError("AccessDenied"), T.excel.protected],
    [new Error("RichApi.Error: The request payload size has exceeded the limit"), T.excel.tooBig],
    [officeError("ActivityLimitReached"), T.excel.busy],
    [officeError("ItemNotFound"), T.excel.gone],
    [officeError("GeneralException"), T.excel.general],
    [new TypeError("Cannot read properties of undefined"), T.excel.general],
    ["a string", T.excel.general],
  ])("%s → what to do", (e, advice) => {
    expect(excelAdvice(e)).toBe(advice);
  });

  it("keeps a message that is already Thai (the adapter's own), and a PaneError's", () => {
    expect(excelAdvice(new Error("ชื่อแผ่นงาน “x” ยาวเกิน 31 ตัวอักษร"))).toBe("ชื่อแผ่นงาน “x” ยาวเกิน 31 ตัวอักษร");
    expect(excelAdvice(new PaneError("ทำอย่างนี้"))).toBe("ทำอย่างนี้");
  });
});

describe("fileAdvice", () => {
  it("jszip's text becomes: save it as .xlsx again", () => {
    const jszip = new Error(
      "Can't find end of central directory : is this a zip file ? If it is, see https://stuk.github.io/jszip/documentation/howto/read_zip.html",
    );
    expect(fileAdvice(jszip)).toBe(T.file.notXlsx);
  });
  it("a file the browser cannot read: close it in the other program", () => {
    expect(fileAdvice(Object.assign(new Error("The requested file could not be read"), { name: "NotReadableError" }))).toBe(
      T.file.unreadable,
    );
  });
  it("anything else: the general advice, never the text", () => {
    expect(fileAdvice(new Error("Unexpected token in worksheet XML"))).toBe(T.file.general);
  });
});
