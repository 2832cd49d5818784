import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  readInputs
} from "./chunks/chunk-3UGTOT5A.js";
import "./chunks/chunk-6H5MY5Y6.js";
import {
  setFailed,
  setSecret
} from "./chunks/chunk-2GGXMUD4.js";
import "./chunks/chunk-JZO4KPLM.js";
import {
  UsageError,
  UserError
} from "./chunks/chunk-X4YENOAG.js";
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
    if (inputs.token) setSecret(inputs.token);
    if (inputs.command === "publish") {
      const { publishMode } = await import("./chunks/publish-mode-GV3BOGLG.js");
      await publishMode(inputs, env);
    } else if (inputs.command === "stats") {
      const { statsMode } = await import("./chunks/stats-mode-4EBOO34I.js");
      await statsMode(inputs, env);
    } else if (inputs.command === "reply") {
      const { replyMode } = await import("./chunks/reply-mode-G7EPI7TZ.js");
      await replyMode(inputs, env);
    } else if (inputs.command === "review-comment") {
      const { reviewCommentMode } = await import("./chunks/review-comment-mode-XLEJP3RA.js");
      await reviewCommentMode(inputs, env);
    } else if (inputs.command === "review") {
      const { reviewMode } = await import("./chunks/review-mode-T2AGU7CO.js");
      await reviewMode(inputs, env);
    } else {
      const { validateMode } = await import("./chunks/validate-mode-NQGYLQYN.js");
      await validateMode(inputs);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UserError) setFailed(`herald: ${error.message}`);
    else setFailed(`herald: internal error (please report it): ${error?.stack ?? String(error)}`);
  }
}

// src/action/main.ts
await run();
