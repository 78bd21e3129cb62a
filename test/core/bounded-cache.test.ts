import { BoundedCache } from "../../src/core/bounded-cache";

describe("BoundedCache", () => {
  it("computes once per key, keeps undefined answers, and forgets everything when full", () => {
    const cache = new BoundedCache<string, number | undefined>(3);
    let calls = 0;
    const get = (k: string) => cache.getOrAdd(k, () => (calls++, k === "none" ? undefined : k.length));
    expect([get("a"), get("bb"), get("none"), get("a"), get("none")]).toEqual([1, 2, undefined, 1, undefined]);
    expect(calls).toBe(3);
    get("dddd"); // the fourth key: the cache empties first, never grows past its bound
    expect(cache.size).toBe(1);
    get("a");
    expect(calls).toBe(5);
  });

  it("does not keep what throws", () => {
    const cache = new BoundedCache<string, number>(10);
    expect(() =>
      cache.getOrAdd("x", () => {
        throw new Error("no");
      }),
    ).toThrow("no");
    expect(cache.size).toBe(0);
  });
});
