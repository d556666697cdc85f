/**
 * Which URLs content may use. Links may leave the site (http, https, mailto); anything the page loads by itself
 * (images) must come from the site, so a guide cannot track readers or show another origin's content.
 * Returns what is wrong, or undefined when the URL is fine.
 */
export type UrlUse = 'link' | 'image';

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

export function urlProblem(url: string, use: UrlUse): string | undefined {
  // Browsers ignore tabs, newlines and leading control characters in a URL ("java\tscript:"), so the check does too.
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
  if (use === 'image') {
    if (scheme || squeezed.startsWith('//')) {
      return `image "${url}" is not on this site: expected a file in content/ (a relative path) or public/ (a path starting with /)`;
    }
  } else if (scheme && !LINK_SCHEMES.has(scheme)) {
    return `link "${url}" uses ${scheme}:, which is not allowed: expected http:, https:, mailto:, a site path or a #fragment`;
  }
  const hash = url.indexOf('#');
  if (hash >= 0 && !canDecode(url.slice(hash + 1))) {
    return `link "${url}": the #fragment is not valid percent-encoding: expected an id such as #step-migrate-catalog`;
  }
  return undefined;
}

function canDecode(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}
