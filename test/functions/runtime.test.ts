// The page without Excel's custom-functions runtime (the preview in a plain browser, office.js that
// could not load): loading the functions must not throw "CustomFunctions is not defined".
describe("the functions without Excel's runtime", () => {
  const g = globalThis as unknown as {
    CustomFunctions?: { associate(id: string, f: unknown): void; Error: new (c: string, m: string) => Error };
  };
  let saved: unknown;
  beforeEach(() => {
    saved = g.CustomFunctions;
    delete g.CustomFunctions;
    jest.resetModules();
  });
  afterEach(() => {
    (g as Record<string, unknown>).CustomFunctions = saved;
  });

  it("installs a stand-in whose associate does nothing and whose errors still carry their code", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/functions/runtime");
    expect(() => g.CustomFunctions!.associate("ISSUE", () => "x")).not.toThrow();
    const e = new g.CustomFunctions!.Error("#N/A", "ไม่รู้จักรหัส");
    expect(e).toMatchObject({ code: "#N/A", message: "ไม่รู้จักรหัส" });
  });

  it("lets functions.ts load (its build-time associate calls run against the stand-in)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(() => require("../../src/functions/functions")).not.toThrow();
  });

  it("leaves Excel's own runtime alone when it is there", () => {
    const real = { associate: jest.fn(), Error: class {}, ErrorCode: {} };
    (g as Record<string, unknown>).CustomFunctions = real;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../../src/functions/runtime");
    expect(g.CustomFunctions).toBe(real);
  });
});
