// Bundle the console into the one module the integration serves (committed, so HACS users
// need no build). Deterministic: the same sources give the same bytes, which a test checks.
import { build } from "esbuild";

const outfile = process.argv[2] ?? "../custom_components/compound_security/frontend/compound-security.js";

await build({
  entryPoints: ["src/index.ts"],
  bundle: true,
  format: "esm",
  target: "es2022",
  minify: true,
  legalComments: "none",
  charset: "utf8",
  outfile,
  logLevel: "warning",
});
