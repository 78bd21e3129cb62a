// The CustomFunctions global that Excel's runtime provides, for Jest (values from
// @types/custom-functions-runtime 1.6.13). Import this file first in tests of src/functions,
// or list it in jest setupFiles. associate() is a no-op here: the metadata plugin adds the calls at build time.

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError extends Error {
  constructor(
    public code: (typeof ErrorCode)[keyof typeof ErrorCode],
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const g = globalThis as unknown as { CustomFunctions?: unknown };
g.CustomFunctions ??= {
  Error: CustomFunctionsError,
  ErrorCode,
  associate: () => undefined,
};

export {};
