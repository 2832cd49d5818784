/**
 * Runs the bundled action as the runner does: inputs in INPUT_* variables, files for outputs and
 * summary. By default the bundle is the one the global setup built from src/ as it is now
 * (.cache/action/, test/build/builds.ts), not the committed dist/: an edit to src/ is tested at
 * once, and only test/build/dist.test.ts asks for dist/ to be rebuilt.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { actionBundleDir } from '../build/builds.js';
import { tempDir } from '../helpers/tmp.js';
import { gitEnv } from './git-repo.js';

export interface ActionResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runAction(
  workspace: string,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
  /** The bundle's folder: the committed dist/ for its smoke test. */
  bundle: string = actionBundleDir,
): Promise<ActionResult> {
  const files = await tempDir('herald-runner-');
  const outputFile = path.join(files, 'output');
  const summaryFile = path.join(files, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  // A scheduled run on the default branch unless the test says otherwise: publish checks both.
  const eventFile = path.join(files, 'event.json');
  await writeFile(eventFile, JSON.stringify({ schedule: '7,37 * * * *', repository: { default_branch: 'main' } }));
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(bundle, 'index.js')], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...gitEnv,
        GIT_AUTHOR_NAME: '',
        GIT_AUTHOR_EMAIL: '',
        GIT_COMMITTER_NAME: '',
        GIT_COMMITTER_EMAIL: '',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
        GITHUB_REF_TYPE: 'branch',
        ...inputEnv,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    // A failed read must fail the test, not leave this promise pending until the test times out.
    child.on('close', (code) => {
      Promise.all([readFile(outputFile, 'utf8'), readFile(summaryFile, 'utf8')]).then(
        ([output, summary]) => resolve({ code, stdout, stderr, outputs: parseOutputs(output), summary }),
        reject,
      );
    });
  });
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(pattern)) outputs[m[1]!] = m[3]!;
  return outputs;
}
