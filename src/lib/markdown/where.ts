import { fileURLToPath } from 'node:url';

interface Located {
  position?: { start: { line: number; column: number } } | undefined;
}

/**
 * "content/guides/x.mdx:12:3" for a node, so every Markdown error starts where an editor can jump to.
 * The file comes from the compile's `fileURL`; without one (unit tests) the message starts at the line.
 */
export function where(fileURL: URL | undefined, node: Located): string {
  const file = fileURL ? fileURLToPath(fileURL) : '<input>';
  const start = node.position?.start;
  return start ? `${file}:${start.line}:${start.column}` : file;
}
