// The TypeScript declarations in dist/ (ours and the ones wasm-bindgen emits)
// describe the real API: a typical host module type-checks, misuse does not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./harness.mjs";

test("dist/*.d.ts type-check a host's use of the embed API", () => {
  const tsc = join(ROOT, "node_modules", ".bin", "tsc");
  const args = ["--noEmit", "--strict", "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler", "--lib", "esnext,dom", join(ROOT, "tests/types/usage.ts")];
  let output = "";
  try {
    output = execFileSync(tsc, args, { cwd: ROOT, encoding: "utf8" });
  } catch (error) {
    output = `${error.stdout}${error.stderr}`;
  }
  assert.equal(output.trim(), "");
});
