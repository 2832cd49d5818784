import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  field,
  readEvent,
  readReviewArtifact
} from "./chunk-376XY3YS.js";
import {
  info
} from "./chunk-2JCI7ESD.js";
import {
  setOutput,
  warning
} from "./chunk-2GGXMUD4.js";
import "./chunk-EUZCFI45.js";
import {
  UsageError,
  UserError
} from "./chunk-X4YENOAG.js";
import "./chunk-D7W4NH5G.js";

// src/action/review-comment-mode.ts
async function reviewCommentMode(inputs, env) {
  if (!inputs.token) {
    throw new UsageError(
      `review-comment needs a token to write the comment: give the input token: \${{ github.token }} and the job permissions pull-requests: write`
    );
  }
  if (!inputs.reviewArtifact) {
    throw new UsageError(
      "review-comment needs the folder the review artifact was downloaded to: give the input review-artifact (for example review-artifact: herald-review)"
    );
  }
  if ((env.GITHUB_EVENT_NAME ?? "") !== "workflow_run") {
    throw new UsageError(
      `review-comment runs on the workflow_run event (after the review workflow), not on ${env.GITHUB_EVENT_NAME || "an unknown event"}: its event tells which commit was reviewed`
    );
  }
  const event = await readEvent(env);
  const headSha = field(event, "workflow_run", "head_sha");
  if (typeof headSha !== "string" || !/^[0-9a-f]{40}$/.test(headSha)) {
    throw new UsageError("the workflow_run event payload has no head_sha: review-comment cannot tell which commit was reviewed; nothing was commented");
  }
  const artifact = await readReviewArtifact(inputs.reviewArtifact);
  const pull = artifact.pull;
  const listed = field(event, "workflow_run", "pull_requests");
  const numbers = Array.isArray(listed) ? listed.map((p) => field(p, "number")).filter((n) => typeof n === "number") : [];
  if (numbers.length > 0 && !numbers.includes(pull)) {
    throw new UserError(
      `refused: the review artifact names pull request #${pull}, but the review run was for #${numbers.join(", #")}; the artifact was not written by herald's review workflow, nothing was commented`
    );
  }
  const { createGitHubApi } = await import("./client-YCKZSA65.js");
  const { reviewCommentBody, upsertReviewComment } = await import("./review-comment-RK5FUR7F.js");
  const api = createGitHubApi(inputs.token, env, { warn: (message) => warning(message) });
  const actual = await api.pullHeadSha(pull);
  if (actual === void 0)
    throw new UserError(`refused: the review artifact names pull request #${pull}, which ${api.owner}/${api.repo} does not have; nothing was commented`);
  if (actual !== headSha) {
    throw new UserError(
      `refused: pull request #${pull}'s head is ${actual.slice(0, 7)}, but the review run was for ${headSha.slice(0, 7)}. Either the artifact names another pull request than the one reviewed, or a newer push came since (its own review run will comment); nothing was commented`
    );
  }
  const runUrl = field(event, "workflow_run", "html_url");
  const body = reviewCommentBody(artifact.markdown, typeof runUrl === "string" && /^https?:\/\/[^\s()<>]+$/.test(runUrl) ? runUrl : void 0);
  const result = await upsertReviewComment(api, pull, body);
  info(`herald: review comment ${result.action} on #${pull}: ${result.comment.url}`);
  setOutput("comment-url", result.comment.url);
}
export {
  reviewCommentMode
};
