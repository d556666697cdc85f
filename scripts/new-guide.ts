/**
 * Starts a guide: npm run new-guide -- v0.3.0 v0.4.0 → content/guides/v0.3.0-to-v0.4.0.mdx (a draft).
 * Refuses an existing pair, a malformed version, and from ≥ to.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveContentDir } from '../src/lib/content-dir.ts';
import { guideTemplate, scaffoldProblem } from '../src/lib/scaffold.ts';
import { pairId } from '../src/lib/versions.ts';

const [from, to] = process.argv.slice(2);
const guidesDir = path.join(resolveContentDir(), 'guides');
const existing = new Set(existsSync(guidesDir) ? readdirSync(guidesDir).map((name) => name.replace(/\.mdx$/, '')) : []);
const problem = scaffoldProblem(from, to, existing);
if (problem) {
  console.error(`new-guide: ${problem}`);
  process.exit(1);
}
const file = path.join(guidesDir, `${pairId(from!, to!)}.mdx`);
writeFileSync(file, guideTemplate(from!, to!, new Date().toISOString().slice(0, 10)), { flag: 'wx' });
console.log(
  `Created ${path.relative(process.cwd(), file)} (draft). Next: npm run dev, fill in every TODO, then remove draft: true.`,
);
