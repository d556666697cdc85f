/**
 * Everything about content/ that can be known before a page renders, checked in one pass so an author sees every
 * mistake at once: which files are entries, their encoding, frontmatter against the schemas, the body against the
 * content guards (no code, HTML by allowlist, safe URLs, images), the impact matrix, the permalink registry, and the
 * rules that span files. Each problem names the file at fault, the field or line, and what was expected.
 */
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToJs, mdxToJs } from 'satteri';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { guideFileProblems } from './guide-rules.ts';
import { contentGuards } from './markdown/guards.ts';
import { ITEM_ID_PATTERN, guideSchema, homeSchema, impactMatrixSchema, issueSchema } from './schemas.ts';
import { registryProblems } from './registry.ts';

export const REGISTRY_FILE = 'permalinks.json';

/** How each folder's entries are named; anything else in the folder is an error, never skipped. */
const FOLDERS = [
  { folder: 'guides', extension: '.mdx', name: /^v\d+\.\d+\.\d+-to-v\d+\.\d+\.\d+$/, example: 'v0.2.0-to-v0.3.0.mdx', schema: guideSchema },
  { folder: 'issues', extension: '.md', name: ITEM_ID_PATTERN, example: 'driver-out-of-memory.md', schema: issueSchema },
] as const;

export interface ContentCheckOptions {
  contentDir: string;
  publicDir: string;
  /** A site that has never been published may build without content/permalinks.json, once, to create it. */
  firstBuild?: boolean;
}

interface Entry {
  file: string;
  id: string;
  data: Record<string, unknown>;
}

export async function checkContent({ contentDir, publicDir, firstBuild = false }: ContentCheckOptions): Promise<string[]> {
  const problems: string[] = [];
  const guards = contentGuards({ contentDir, publicDir });
  const entries: Record<string, Entry[]> = { guides: [], issues: [] };

  for (const { folder, extension, name, example, schema } of FOLDERS) {
    const dir = path.join(contentDir, folder);
    const files = await entryFiles(dir, extension, name, example, problems);
    // Read all at once: one file after another spends most of the check waiting on the disk.
    const texts = await Promise.all(files.map((file) => readText(file)));
    files.forEach((file, index) => {
      const text = texts[index]!;
      if (typeof text !== 'string') return void problems.push(text.problem);
      const data = checkFrontmatter(file, text, schema, problems);
      checkBody(file, text, extension === '.mdx' ? 'mdx' : 'markdown', guards, problems);
      if (data) entries[folder]!.push({ file, id: path.basename(file, extension), data });
    });
  }

  const home = path.join(contentDir, 'home.mdx');
  const homeText = await readText(home, 'expected the home page, content/home.mdx');
  if (typeof homeText !== 'string') problems.push(homeText.problem);
  else {
    checkFrontmatter(home, homeText, homeSchema, problems);
    checkBody(home, homeText, 'mdx', guards, problems);
  }

  await checkImpactMatrix(path.join(contentDir, 'impact-matrix.yaml'), problems);

  const guides = entries.guides!;
  problems.push(...guideFileProblems(guides.map(({ file, id, data }) => ({ id, filePath: file, from: String(data.from), to: String(data.to) }))));
  const drafts = new Set(guides.filter((guide) => guide.data.draft === true).map((guide) => guide.id));
  const guideIds = new Set(guides.map((guide) => guide.id));
  for (const issue of entries.issues!) {
    (issue.data.related as { guide: string }[]).forEach((link, index) => {
      if (drafts.has(link.guide)) {
        problems.push(`${issue.file}: related.${index}.guide "${link.guide}" is a draft, so the issue would point at a page that is not published: expected a published guide (or publish ${link.guide} first)`);
      } else if (!guideIds.has(link.guide)) {
        problems.push(`${issue.file}: related.${index}.guide "${link.guide}": no such guide (expected one of: ${[...guideIds].join(', ')})`);
      }
    });
  }

  const issueIds = new Set(entries.issues!.map((issue) => issue.id));
  for (const issue of entries.issues!) {
    for (const old of issue.data.aliases as string[]) {
      if (issueIds.has(old)) problems.push(`${issue.file}: aliases: "${old}" is still the name of an issue file: expected an alias to name a former file name`);
    }
  }

  const published = guides.some((guide) => guide.data.draft !== true);
  problems.push(...(await registryProblems(path.join(contentDir, REGISTRY_FILE), { required: published && !firstBuild })));
  return problems;
}

/**
 * The problems of one content file, by where it lives; [] when it is valid or not an entry. The dev server shows
 * them in the browser's error overlay as soon as the file is saved, with the same words a build would use.
 */
export function contentFileProblems(file: string, text: string, { contentDir, publicDir }: Omit<ContentCheckOptions, 'firstBuild'>): string[] {
  const relative = path.relative(contentDir, file).split(path.sep).join('/');
  const kind = FOLDERS.find(({ folder, extension }) => relative.startsWith(`${folder}/`) && relative.endsWith(extension) && !relative.slice(folder.length + 1).includes('/'));
  const schema = kind?.schema ?? (relative === 'home.mdx' ? homeSchema : undefined);
  if (!schema) return [];
  const problems: string[] = [];
  checkFrontmatter(file, text, schema, problems);
  checkBody(file, text, file.endsWith('.mdx') ? 'mdx' : 'markdown', contentGuards({ contentDir, publicDir }), problems);
  return problems;
}

/** The entry files of a folder; subfolders, links, other extensions and bad names are problems. */
async function entryFiles(dir: string, extension: string, name: RegExp, example: string, problems: string[]): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return [];
  }
  const files: string[] = [];
  const infos = await Promise.all(names.map((entry) => lstat(path.join(dir, entry))));
  for (const [index, entry] of names.entries()) {
    const file = path.join(dir, entry);
    const info = infos[index]!;
    const expected = `expected ${path.basename(dir)}/ to hold only files named like ${example}`;
    if (info.isSymbolicLink()) {
      const target = await stat(file).catch(() => undefined);
      problems.push(`${file}: ${target ? 'is a symbolic link' : 'is a symbolic link to a file that does not exist'}: ${expected} (the file itself, not a link)`);
    } else if (info.isDirectory()) {
      problems.push(`${file}: is a folder: ${expected}, directly in ${path.basename(dir)}/`);
    } else if (!info.isFile()) {
      problems.push(`${file}: is not a regular file: ${expected}`);
    } else if (!entry.endsWith(extension)) {
      problems.push(`${file}: has the extension "${path.extname(entry) || '(none)'}": ${expected} (extension ${extension}, lower case)`);
    } else if (!name.test(entry.slice(0, -extension.length))) {
      problems.push(`${file}: the name "${entry}" is not a valid id (it becomes the URL): ${expected} — lower-case letters, digits and hyphens`);
    } else {
      files.push(file);
    }
  }
  return files;
}

/** The file as text, or a problem: missing, or the first line that is not UTF-8. */
async function readText(file: string, missing?: string): Promise<string | { problem: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: `${file}: ${code === 'ENOENT' ? `does not exist: ${missing ?? 'expected the file'}` : (error as Error).message}` };
  }
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    return strict.decode(bytes);
  } catch {
    let start = 0;
    let line = 1;
    for (;;) {
      const end = bytes.indexOf(0x0a, start);
      try {
        strict.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
      } catch {
        break;
      }
      if (end === -1) break;
      start = end + 1;
      line++;
    }
    return { problem: `${file}:${line}: is not UTF-8 text: expected the file saved as UTF-8 (it looks like another encoding, e.g. Latin-1)` };
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Frontmatter read as the author wrote it: js-yaml's core schema keeps `2025-02-30` a string for the schema to
 * refuse (Astro's default schema would turn it into 2025-03-02 first).
 */
function checkFrontmatter(file: string, text: string, schema: z.ZodType, problems: string[]): Record<string, unknown> | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push(`${file}:1: has no frontmatter: expected the file to start with a --- block (see CONTRIBUTING.md)`);
    return undefined;
  }
  let raw: unknown;
  try {
    raw = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as yaml.YAMLException).mark;
    const line = mark ? `:${mark.line + 2}` : '';
    problems.push(`${file}${line}: the frontmatter is not valid YAML: ${(error as yaml.YAMLException).reason ?? (error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data as Record<string, unknown>;
  for (const issue of result.error.issues) {
    const line = lineOfKey(match[1]!, issue.code === 'unrecognized_keys' && issue.path.length === 0 ? issue.keys[0] : issue.path[0]);
    problems.push(`${file}${line ? `:${line + 1}` : ''}: ${issue.path.join('.') || 'frontmatter'}: ${issue.message}`);
  }
  return undefined;
}

/** The line (1-based, within the frontmatter) where a top-level key is written. */
function lineOfKey(frontmatter: string, key: PropertyKey | undefined): number | undefined {
  if (typeof key !== 'string') return undefined;
  const index = frontmatter.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}

function checkBody(file: string, text: string, format: 'mdx' | 'markdown', guards: ReturnType<typeof contentGuards>, problems: string[]) {
  if (text.replace(FRONTMATTER, '').trim() === '') {
    problems.push(`${file}: has frontmatter but no body: expected the ${format === 'mdx' ? 'guide' : 'fix'} text below the --- block`);
    return;
  }
  try {
    const compile = format === 'mdx' ? mdxToJs : markdownToJs;
    compile(text, { mdastPlugins: guards, fileURL: pathToFileURL(file) });
  } catch (error) {
    const message = (error as Error).message;
    // The guards start their messages with the file; the parser's own errors start at "line:column".
    problems.push(message.startsWith(file) ? message : `${file}:${message}`);
  }
}

async function checkImpactMatrix(file: string, problems: string[]) {
  const expected = 'expected a YAML list with one row per change type (see CONTRIBUTING.md)';
  const text = await readText(file, expected);
  if (typeof text !== 'string') return void problems.push(text.problem);
  let rows: unknown;
  try {
    rows = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as yaml.YAMLException).mark;
    problems.push(`${file}${mark ? `:${mark.line + 1}` : ''}: is not valid YAML: ${(error as yaml.YAMLException).reason ?? (error as Error).message} (${expected})`);
    return;
  }
  if (rows === null || rows === undefined) {
    problems.push(`${file}: is empty: ${expected}`);
    return;
  }
  const result = impactMatrixSchema.safeParse(rows);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const [row, ...field] = issue.path;
    const where = typeof row === 'number' ? `row ${row + 1}${field.length > 0 ? `, ${field.join('.')}` : ''}` : 'matrix';
    problems.push(`${file}: ${where}: ${issue.message}`);
  }
}
