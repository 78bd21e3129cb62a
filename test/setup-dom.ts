import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
// jsdom gaps Fluent UI v9 needs (import first in a `@jest-environment jsdom` test file):
// MessageBar uses ResizeObserver (fluentui#30077); motion and Dialog paths use matchMedia.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as Record<string, unknown>;
g.ResizeObserver ??= ResizeObserverStub;
if (typeof window !== "undefined" && !window.matchMedia)
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
// jsdom has no Blob.arrayBuffer on File in some versions (nor Response); the preview reads files with it.
if (typeof Blob !== "undefined" && !Blob.prototype.arrayBuffer)
  Blob.prototype.arrayBuffer = function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
// jsdom has no TextEncoder; every browser does (docx encodes the document's XML with it).
g.TextEncoder ??= NodeTextEncoder;
g.TextDecoder ??= NodeTextDecoder;
// jsdom does not scroll (the pane scrolls its result to the top).
if (typeof window !== "undefined") window.scrollTo = () => {};
