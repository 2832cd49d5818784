import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  readInputs
} from "./chunks/chunk-W26TXQXW.js";
import {
  setFailed,
  setSecret
} from "./chunks/chunk-72JT3OWK.js";
import {
  UsageError,
  UserError
} from "./chunks/chunk-X4YENOAG.js";
import "./chunks/chunk-PTXU3PPN.js";
import "./chunks/chunk-D7W4NH5G.js";

// src/action/run.ts
function maskSecrets(env) {
  let masked = 0;
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith("X_") && name !== "X_API_BASE_URL" && value) {
      setSecret(value);
      masked++;
    }
  }
  return masked;
}
async function run(env = process.env) {
  try {
    maskSecrets(env);
    const inputs = readInputs(env);
    if (inputs.command === "publish") {
      const { publishMode } = await import("./chunks/publish-mode-W6H2S3B7.js");
      await publishMode(inputs, env);
    } else if (inputs.command === "review") {
      const { reviewMode } = await import("./chunks/review-mode-HEI2DZEW.js");
      await reviewMode(inputs, env);
    } else {
      const { validateMode } = await import("./chunks/validate-mode-3CUIDRZ4.js");
      await validateMode(inputs);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UserError) setFailed(`herald: ${error.message}`);
    else setFailed(`herald: internal error (please report it): ${error?.stack ?? String(error)}`);
  }
}

// src/action/main.ts
await run();
