/** The edit of the rebuild and dev-server benchmarks: one sentence of one guide's prose, as an author makes it. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Adds `words` before the full stop of the first sentence of the guide's Summary section. Throws when the guide has no such
 * sentence, so a change in the corpus cannot turn the rebuild benchmark into a no-change rebuild unnoticed.
 */
export function editOneSentence(mdx: string, words: string): string {
  const summary = /^## Summary\n\n/m.exec(mdx);
  const end = summary ? mdx.indexOf('. ', summary.index + summary[0].length) : -1;
  const paragraphEnd = summary ? mdx.indexOf('\n\n', summary.index + summary[0].length) : -1;
  if (end < 0 || (paragraphEnd >= 0 && end > paragraphEnd)) throw new Error('expected a "## Summary" section whose first paragraph has a sentence ending in ". "');
  return `${mdx.slice(0, end)} ${words}${mdx.slice(end)}`;
}

/** Edits guide `id` in place (content/guides/<id>.mdx). */
export async function editGuide(contentDir: string, id: string, words: string): Promise<void> {
  const file = path.join(contentDir, 'guides', `${id}.mdx`);
  await writeFile(file, editOneSentence(await readFile(file, 'utf8'), words));
}
