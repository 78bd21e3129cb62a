import { LookupError } from "../core";

// Every failure of an ITA.* formula becomes #N/A or #VALUE! with a Thai message naming the problem
// (Excel shows custom messages only for these two codes). Never a silent blank.

/** #N/A: the thing asked for does not exist or is not known (unknown code, unknown text, no measure). */
export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}

/** #VALUE!: an argument is of the wrong kind (year, format, score, range sizes). */
export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

export function isFunctionError(e: unknown): e is CustomFunctions.Error {
  return e instanceof CustomFunctions.Error;
}

/** Maps anything thrown by the core to a CustomFunctions.Error. */
export function toFunctionError(e: unknown): CustomFunctions.Error {
  if (isFunctionError(e)) return e;
  if (e instanceof LookupError) return e.kind === "badYear" ? invalidValue(e.message) : notAvailable(e.message);
  const message = e instanceof Error ? e.message : String(e);
  return invalidValue(`ITA: ${message}`);
}
