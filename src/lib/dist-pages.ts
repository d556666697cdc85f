/**
 * Reading the built site back: which ids each page has and where its links go. Pure functions over HTML text;
 * the files are read by the caller. The HTML is our own output, so attribute regexes are enough.
 */
export interface BuiltPage {
  /** Site-relative route: "" for the index, "guides/v0.2.0-to-v0.3.0/", "404.html". */
  route: string;
  ids: Set<string>;
  hrefs: string[];
  /** Items a ticket may link to: those showing a permalink anchor (components/Permalink.astro). */
  permalinks: string[];
}

const ID = /\sid="([^"]+)"/g;
const HREF = /\shref="([^"]*)"/g;
const PERMALINK = /<a class="permalink" href="#([^"]+)"/g;

export function readPage(route: string, html: string): BuiltPage {
  const decode = (value: string) => value.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
  return {
    route,
    ids: new Set([...html.matchAll(ID)].map((match) => decode(match[1]!))),
    hrefs: [...html.matchAll(HREF)].map((match) => decode(match[1]!)),
    permalinks: [...html.matchAll(PERMALINK)].map((match) => decode(match[1]!)),
  };
}

/** "guides/x/index.html" → "guides/x/"; other files keep their name. */
export function routeOf(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Every internal link must reach a built file, and its #fragment an id on that page. `files` holds every
 * built file's site-relative path. Links elsewhere (http:, mailto:) are not ours to check.
 */
export function brokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, base: string): string[] {
  const byRoute = new Map(pages.map((page) => [page.route, page]));
  const problems: string[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (/^[a-z]+:|^\/\//i.test(href)) continue;
      const [pathPart = '', fragment] = href.split('#') as [string, string | undefined];
      let target: string;
      if (pathPart === '') target = page.route;
      else if (pathPart.startsWith(base)) target = decodeURIComponent(pathPart.slice(base.length).split('?')[0]!);
      else {
        problems.push(`${page.route || '/'}: link "${href}" is outside the site's base ${base} (expected links built with the base path)`);
        continue;
      }
      const exists = target === '' || files.has(target) || files.has(`${target}index.html`);
      if (!exists) {
        problems.push(`${page.route || '/'}: link "${href}" goes to a page that does not exist`);
      } else if (fragment && !byRoute.get(target)?.ids.has(decodeURIComponent(fragment))) {
        problems.push(`${page.route || '/'}: link "${href}": no element with id "${fragment}" on ${target || '/'}`);
      }
    }
  }
  return [...new Set(problems)];
}

/** Published fragments per page route, as kept in content/permalinks.json. */
export type PermalinkRegistry = Record<string, string[]>;

export function missingPermalinks(registry: PermalinkRegistry, pages: readonly BuiltPage[]): string[] {
  const byRoute = new Map(pages.map((page) => [page.route, page]));
  return Object.entries(registry).flatMap(([route, fragments]) => {
    const page = byRoute.get(route);
    if (!page) return [`/${route}: this published page no longer exists (expected it in the build; it holds ${fragments.length} published links)`];
    return fragments
      .filter((fragment) => !page.ids.has(fragment))
      .map((fragment) => `/${route}#${fragment}: published link no longer lands (expected an item with that id, or an alias "${fragment}: <new id>" in the page's frontmatter)`);
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
