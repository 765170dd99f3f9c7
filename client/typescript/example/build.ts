/** Bundles the example page with esbuild into target/example/ (index.html and main.js). */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

export async function buildExample(packageDir: string): Promise<string> {
  const out = join(packageDir, "target/example");
  mkdirSync(out, { recursive: true });
  await build({
    absWorkingDir: packageDir,
    entryPoints: [join(packageDir, "example/main.ts")],
    outfile: join(out, "main.js"),
    bundle: true,
    format: "esm",
    target: "es2022",
    sourcemap: true,
    logLevel: "warning",
  });
  copyFileSync(join(packageDir, "example/index.html"), join(out, "index.html"));
  return out;
}
