import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentError } from '../lib/content-error.ts';
import { outDirProblem, recoverInterrupted, stagingDir, swapIn } from '../lib/output-dir.ts';

/**
 * Atomic builds (lib/output-dir.ts): the first integration refuses an unsafe OUT_DIR and points Astro at a staging
 * folder; the last one swaps the staging folder in after every other `astro:build:done` hook (site checks,
 * Pagefind) has succeeded. Put them first and last in astro.config.mjs.
 */
export function atomicOutput({ contentDir }: { contentDir: string }): [AstroIntegration, AstroIntegration] {
  let outDir: string | undefined;
  let staging: string | undefined;
  let swapped = false;
  const tidy = () => {
    if (staging && !swapped) rmSync(staging, { recursive: true, force: true });
  };
  const start: AstroIntegration = {
    name: 'atomic-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        const sources = ['content', 'src', 'public', 'tests', 'node_modules', '.git'].map((dir) =>
          path.join(root, dir),
        );
        const problem = outDirProblem(outDir, root, [...sources, contentDir, fileURLToPath(config.publicDir)]);
        if (problem) {
          logger.error(problem);
          throw contentError(`refused to build: ${problem}`);
        }
        for (const note of recoverInterrupted(outDir)) logger.info(note);
        staging = stagingDir(outDir);
        // Named by this process: only a build that failed earlier in it (Astro's `build()` called again) left it.
        rmSync(staging, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
        // A failed build leaves nothing behind but what it found; a killed one is tidied by the next build.
        process.once('exit', tidy);
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'atomic-output-swap',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!staging || !outDir) return;
        swapIn(staging, outDir);
        swapped = true;
        process.off('exit', tidy);
        logger.info(`output in ${path.relative(process.cwd(), outDir) || outDir}`);
      },
    },
  };
  return [start, finish];
}
