import { readFileSync } from "node:fs";

// package.json sits one level above dist/ and src/.
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
export const version: string = pkg.version;
