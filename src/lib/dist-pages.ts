/**
 * Reading the built site back: which ids each page has and where its links and images go. The HTML is parsed
 * (see html-stream.ts), so text that merely shows markup, such as code with ` id="step-x"` or `href="/x"` in it,
 * is never mistaken for an id or a link. The files are read by the caller.
 */
import { classesOf, ownCopy, streamHtml, type StreamHandler } from './html-stream.ts';

/** A value found on a page, with the common issue it sits in (its text comes from content/issues/<issue>.md). */
export interface Found {
  value: string;
  issue?: string | undefined;
}

export interface BuiltPage {
  /** Site-relative route: "" for the index, "guides/v0.2.0-to-v0.3.0/", "404.html". */
  route: string;
  ids: Set<string>;
  /** Ids met a second (third…) time, in document order. */
  repeatedIds: Found[];
  links: Found[];
  images: Found[];
  /** Items a ticket may link to: those showing a permalink anchor (components/Permalink.astro). */
  permalinks: string[];
}

/** A problem on a built page; `issue` when it comes from a common issue's text rather than the page's own file. */
export interface PageProblem {
  route: string;
  issue?: string | undefined;
  message: string;
}

/** What the checks read of a page as it streams past: the handler to stream it to, and the page it fills in. */
export function pageReader(route: string): { handler: StreamHandler; page: BuiltPage } {
  const page: BuiltPage = { route, ids: new Set(), repeatedIds: [], links: [], images: [], permalinks: [] };
  // The common issue each open element sits in, innermost last.
  const issues: (string | undefined)[] = [];
  const handler: StreamHandler = {
    open({ name, attributes }) {
      const own = attributes['data-issue'];
      const issue = own === undefined ? issues.at(-1) : ownCopy(own);
      issues.push(issue);
      const id = attributes['id'];
      if (id !== undefined) {
        if (page.ids.has(id)) page.repeatedIds.push({ value: ownCopy(id), issue });
        else page.ids.add(ownCopy(id));
      }
      const href = name === 'a' ? attributes['href'] : undefined;
      if (href !== undefined) {
        page.links.push({ value: ownCopy(href), issue });
        if (href.startsWith('#') && classesOf({ name, attributes }).includes('permalink'))
          page.permalinks.push(ownCopy(href.slice(1)));
      }
      const src = name === 'img' ? attributes['src'] : undefined;
      if (src !== undefined) page.images.push({ value: ownCopy(src), issue });
    },
    text() {},
    close() {
      issues.pop();
    },
  };
  return { handler, page };
}

export function readPage(route: string, html: string): BuiltPage {
  const { handler, page } = pageReader(route);
  streamHtml(html, handler);
  return page;
}

/** "guides/x/index.html" → "guides/x/"; other files keep their name. */
export function routeOf(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Every internal link must reach a built file, and its #fragment an id on that page; every image must be a built
 * file under the base path; no id may appear twice on a page (a heading `## Main` against the layout's `main`, a
 * heading taking a step's id, a second `<Troubleshooting />`). `files` holds every built file's site-relative path.
 * Links elsewhere (http:, mailto:) are not ours to check.
 */
export function pageProblems(pages: readonly BuiltPage[], files: ReadonlySet<string>, base: string): PageProblem[] {
  const byRoute = new Map(pages.map((page) => [page.route, page]));
  const problems: PageProblem[] = [];
  const seen = new Set<string>();
  const report = (page: BuiltPage, found: Found, message: string) => {
    const key = `${page.route}\0${found.issue ?? ''}\0${message}`;
    if (!seen.has(key)) problems.push({ route: page.route, issue: found.issue, message });
    seen.add(key);
  };
  const exists = (target: string) => target === '' || files.has(target) || files.has(`${target}index.html`);
  for (const page of pages) {
    for (const found of page.repeatedIds) {
      report(
        page,
        found,
        `id "${found.value}" appears more than once on this page (expected each id once: a heading or item repeats another's id, or the layout's)`,
      );
    }
    for (const found of page.links) {
      const href = found.value;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) continue;
      const [pathPart = '', fragment] = href.split('#') as [string, string | undefined];
      const target =
        pathPart === ''
          ? page.route
          : pathPart.startsWith(base)
            ? decoded(pathPart.slice(base.length).split('?')[0]!)
            : undefined;
      const id = fragment === undefined ? '' : decoded(fragment);
      if (target === undefined) {
        report(
          page,
          found,
          `link "${href}" is outside the site's base ${base} (expected links built with the base path)`,
        );
      } else if (target === null || id === null) {
        report(
          page,
          found,
          `link "${href}" is not valid percent-encoding (expected a path or #fragment such as #step-migrate-catalog)`,
        );
      } else if (!exists(target)) {
        report(page, found, `link "${href}" goes to a page that does not exist`);
      } else if (id && !byRoute.get(target)?.ids.has(id)) {
        report(page, found, `link "${href}": no element with id "${fragment}" on ${target || '/'}`);
      }
    }
    for (const found of page.images) {
      const src = found.value;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
        report(page, found, `image "${src}" loads from another origin (expected an image from content/ or public/)`);
      } else if (!src.startsWith(base)) {
        report(
          page,
          found,
          `image "${src}" is outside the site's base ${base} (expected image paths built with the base path)`,
        );
      } else if (!files.has(decoded(src.slice(base.length).split(/[?#]/)[0]!) ?? '')) {
        report(page, found, `image "${src}" is not in the build (expected the image file in content/ or public/)`);
      }
    }
  }
  return problems;
}

/** decodeURIComponent, or null for text that is not valid percent-encoding (`#step-%zz`). */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Published fragments per page route, as kept in content/permalinks.json. */
export type PermalinkRegistry = Record<string, string[]>;

export function missingPermalinks(registry: PermalinkRegistry, pages: readonly BuiltPage[]): string[] {
  const byRoute = new Map(pages.map((page) => [page.route, page]));
  return Object.entries(registry).flatMap(([route, fragments]) => {
    const page = byRoute.get(route);
    if (!page)
      return [
        `/${route}: this published page no longer exists (expected it in the build; it holds ${fragments.length} published links)`,
      ];
    return fragments
      .filter((fragment) => !page.ids.has(fragment))
      .map((fragment) =>
        fragment.startsWith('issue-')
          ? `/${route}#${fragment}: published link no longer lands (expected the issue ${fragment.slice('issue-'.length)}.md, or, if it was renamed, "aliases: [${fragment.slice('issue-'.length)}]" in the renamed issue's frontmatter)`
          : `/${route}#${fragment}: published link no longer lands (expected an item with that id, or an alias "${fragment}: <new id>" in the page's frontmatter)`,
      );
  });
}

/** The registry with every permalink the build has now added. Old entries are never dropped. */
export function withNewPermalinks(registry: PermalinkRegistry, pages: readonly BuiltPage[]): PermalinkRegistry {
  const merged: PermalinkRegistry = {};
  const routes = new Set([...Object.keys(registry), ...pages.map((page) => page.route)]);
  for (const route of [...routes].sort()) {
    const built = pages.find((page) => page.route === route);
    const fragments = new Set([...(registry[route] ?? []), ...(built?.permalinks ?? [])]);
    if (fragments.size > 0) merged[route] = [...fragments].sort();
  }
  return merged;
}
