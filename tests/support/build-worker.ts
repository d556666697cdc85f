/**
 * A long-lived process that builds fixture sites with Astro's own `build()`, one request at a time, in the site copy
 * it was started in (tests/support/build-fixture.ts starts it). Loading Astro, Vite and the bundler and warming them
 * up is most of a small build's cost: a build here takes about 2.5 CPU-seconds, against 5 for `npm run build`.
 */
import { build } from 'astro';

export interface BuildRequest {
  /** Set for this build only, as `npm run build`'s environment would be. */
  env: Record<string, string>;
  /** Astro's cache (content store) for this build alone. */
  cacheDir: string;
}

export interface BuildReply {
  status: number;
  /** Everything the build printed, then the error that stopped it, as `astro build` prints both. */
  output: string;
}

type AstroErrorShape = Error & { hint?: string; loc?: { file?: string; line?: number; column?: number } };

/** What `astro build` prints of the error that stops it: message, hint, location, stack and cause. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { message, hint, loc, stack, cause } = error as AstroErrorShape;
  return [
    message,
    hint,
    loc?.file && `${loc.file}:${loc.line ?? 0}:${loc.column ?? 0}`,
    stack,
    cause instanceof Error ? `${cause.message}\n${cause.stack ?? ''}` : cause && JSON.stringify(cause),
  ]
    .filter(Boolean)
    .join('\n');
}

/** Runs `task` with the process's output written into the returned text instead of the terminal. */
async function capture(task: () => Promise<unknown>): Promise<{ output: string; error?: unknown }> {
  let output = '';
  const streams = [process.stdout, process.stderr] as const;
  const writes = streams.map((stream) => stream.write);
  for (const stream of streams) {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
      // A writer that waits for its callback (write(chunk, [encoding,] done)) must not wait forever.
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as typeof stream.write;
  }
  try {
    await task();
    return { output };
  } catch (error) {
    return { output, error };
  } finally {
    streams.forEach((stream, index) => (stream.write = writes[index]!));
  }
}

async function run({ env, cacheDir }: BuildRequest): Promise<BuildReply> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const { output, error } = await capture(() => build({ root: process.cwd(), cacheDir }));
    return error === undefined ? { status: 0, output } : { status: 1, output: `${output}\n${describeError(error)}` };
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}

process.on('message', (request: BuildRequest) => void run(request).then((reply) => process.send!(reply)));
// With the tests done, a failed build's pending cache write has nowhere to go; `exit` still tidies staging folders.
process.on('disconnect', () => process.exit());
