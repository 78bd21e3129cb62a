// The zip codec of the browser preview: fflate's synchronous raw DEFLATE (pure JavaScript).
// The command uses Node's native zlib instead (src/cli/node-codec.ts).
import { deflateSync, inflateSync } from "fflate";
import type { ZipCodec } from "./zip";

export const fflateCodec: ZipCodec = {
  inflateRaw(data, maxSize) {
    const out = inflateSync(data);
    if (out.length > maxSize) throw new Error(`inflated past ${maxSize} bytes`);
    return out;
  },
  deflateRaw: (data) => deflateSync(data, { level: 3 }),
};
