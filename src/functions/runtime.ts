// The CustomFunctions global where Excel's runtime did not provide it: the page opened in a plain
// browser (the preview), or office.js that could not load. The metadata plugin appends
// `CustomFunctions.associate(...)` calls to functions.ts; without this they would throw
// "CustomFunctions is not defined" and stop the page. Here they do nothing: no cell can call a
// function outside Excel. Imported first by functions.ts, so it runs before those calls.

const g = globalThis as unknown as { CustomFunctions?: unknown };

if (typeof g.CustomFunctions === "undefined") {
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
      this.name = "CustomFunctions.Error";
    }
  }
  g.CustomFunctions = {
    associate: () => undefined,
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };
}

export {};
