// What the formula tests share: the error a formula throws (its Excel code and Thai message), the
// codes, and a column of values as Excel passes a one-column range.
import "../setup-custom-functions";

export function failure(call: () => unknown): { code: string; message: string } {
  try {
    const value = call();
    throw new Error(`expected an error, got ${JSON.stringify(value)}`);
  } catch (e) {
    if (!(e instanceof CustomFunctions.Error)) throw e;
    return { code: e.code, message: e.message ?? "" };
  }
}

export const NA = "#N/A";
export const VALUE = "#VALUE!";
export const column = <T>(values: T[]): T[][] => values.map((v) => [v]);
