/**
 * What each bad fixture (tests/fixtures/bad/<name>/patch.json, a small edit of tests/fixtures/content) must fail
 * with. CHECKED cases are refused by the content check that `astro build` runs before compiling anything, and are
 * tested in-process (tests/unit/content-check.test.ts); COMPILED cases are refused as a guide compiles, also tested
 * in-process; BUILT cases are built (tests/content/validation.test.ts), most because they only show once pages
 * render. A fixture in none of the three, or in two, fails the suite.
 */
export const CHECKED: Record<string, RegExp[]> = {
  // 1. Code at build time
  'env-expression': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+:\d+: `\{process\.env\.SECRET_TOKEN\}` is a JavaScript expression/,
    /expected the text itself/,
  ],
  'import-machine-file': [
    /guides\/v0\.2\.0-to-v0\.3\.0\.mdx:\d+:\d+: `import` is code/,
    /expected plain Markdown and the documented components/,
  ],
  'export-code': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+:\d+: `export` is code/],
  // 2. Raw HTML, in guides and in issues
  'script-in-guide': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+:\d+: <script> is not allowed: expected Markdown/],
  'script-in-issue': [/issues\/driver-oom\.md:\d+:\d+: <script> is not allowed/],
  'handler-in-issue': [/issues\/driver-oom\.md:\d+:\d+: <span onmouseover>: event handlers run code/],
  'javascript-link': [
    /issues\/driver-oom\.md:\d+:\d+: link "javascript:alert\(document\.cookie\)" uses javascript:, which is not allowed: expected http:, https:/,
  ],
  'style-in-guide': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+:\d+: <span style>: styles come from the site/],
  'style-element-in-issue': [/issues\/driver-oom\.md:\d+:\d+: <style> is not allowed/],
  'iframe-in-issue': [/issues\/driver-oom\.md:\d+:\d+: <iframe> is not allowed/],
  'foreign-image': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+:\d+: image "https:\/\/tracker\.example\/pixel\.gif" is not on this site/,
  ],
  'meta-refresh-in-issue': [/issues\/driver-oom\.md:\d+:\d+: <meta> is not allowed/],
  // 3. Silently accepted
  'impossible-date': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+: releaseDate: expected a real date written YYYY-MM-DD, e\.g\. 2025-06-16, got "2025-02-30"/,
  ],
  'date-without-dashes': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+: releaseDate: expected a real date written YYYY-MM-DD/,
  ],
  'check-without-run': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+: checks\.0\.run: check "health": expected run: the shell command to run/,
  ],
  'unknown-key': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+: frontmatter: unknown key "Draft": did you mean "draft"\?/],
  'guide-with-md-extension': [
    /guides\/v0\.3\.0-to-v0\.4\.0\.md: has the extension "\.md": expected guides\/ to hold only files named like v0\.2\.0-to-v0\.3\.0\.mdx/,
  ],
  'guide-with-upper-case-extension': [
    /guides\/v0\.3\.0-to-v0\.4\.0\.MDX: has the extension "\.MDX"/,
    /extension \.mdx, lower case/,
  ],
  'guide-in-subfolder': [/guides\/archive: is a folder: expected guides\/ to hold only files/],
  'dangling-symlink': [/guides\/v0\.3\.0-to-v0\.4\.0\.mdx: is a symbolic link to a file that does not exist/],
  'registry-missing': [
    /permalinks\.json: is missing: expected the record of every published permalink; if this site has never been published, create it with `PERMALINKS_FIRST_BUILD=1 npm run build && npm run permalinks`/,
  ],
  'registry-empty-list': [/permalinks\.json: is a list: expected \{ "<page route>": \["<fragment>", …\] \}/],
  'registry-empty-object': [/permalinks\.json: is empty: expected .*create it with/],
  'registry-wrong-shape': [
    /permalinks\.json: "guides\/v0\.1\.0-to-v0\.2\.0\/": expected a non-empty list of fragments/,
  ],
  'impact-row-twice': [
    /impact-matrix\.yaml: row 6, id: a second row for "api": expected exactly one row per change type/,
  ],
  'latin1-issue': [/issues\/driver-oom\.md:\d+: is not UTF-8 text: expected the file saved as UTF-8/],
  'latin1-guide': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+: is not UTF-8 text/],
  'issue-name-with-hash': [
    /issues\/driver#oom\.md: the name "driver#oom\.md" is not a valid id/,
    /lower-case letters, digits and hyphens/,
  ],
  'issue-name-with-spaces-and-capitals': [/issues\/Driver OOM\.md: the name "Driver OOM\.md" is not a valid id/],
  'guide-without-body': [
    /guides\/v0\.2\.0-to-v0\.3\.0\.mdx: has frontmatter but no body: expected the guide text below the --- block/,
  ],
  'missing-image': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+:\d+: image "\.\/diagrams\/missing\.png" does not exist .*expected the image file in content\//,
  ],
  'image-outside-content': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+:\d+: image "(\.\.\/)+etc\/passwd" leaves content\/: expected an image inside content\//,
  ],
  // 4. Crashes that named no file
  'impact-matrix-missing': [/impact-matrix\.yaml: does not exist: expected a YAML list with one row per change type/],
  'impact-matrix-empty': [/impact-matrix\.yaml: is empty: expected a YAML list/],
  'impact-matrix-invalid': [/impact-matrix\.yaml:3: is not valid YAML: .*expected a YAML list/],
  'malformed-fragment': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+:\d+: link "#step-%zz": the #fragment is not valid percent-encoding: expected an id/,
  ],
  'step-in-paragraph': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+:\d+: <Step> sits inside a paragraph: expected it on a line of its own/,
  ],
  'issue-related-to-draft': [/issues\/driver-oom\.md: related\.0\.guide "v0\.2\.0-to-v0\.3\.0" is a draft/],
  // Earlier cases the check now catches before any page renders
  'issue-missing-guide': [
    /issues\/driver-oom\.md: related\.0\.guide "v0\.2\.0-to-v0\.4\.0": no such guide \(expected one of: v0\.1\.0-to-v0\.2\.0, v0\.2\.0-to-v0\.3\.0\)/,
  ],
  'same-pair-twice': [
    /guides\/v0\.1\.0-to-v0\.2\.1\.mdx: from\/to: the pair v0\.1\.0 → v0\.2\.0 is already defined by .*v0\.1\.0-to-v0\.2\.0\.mdx/,
  ],
  'malformed-mdx': [/guides\/v0\.1\.0-to-v0\.2\.0\.mdx:\d+:\d+: Expected a closing tag for `<em>`/],
};

/**
 * Cases the guide's Markdown plugins refuse as it compiles: the fixture's guide runs through the same pipeline
 * in-process (tests/unit/compiled-fixtures.test.ts). That such a refusal stops `npm run build` with the file and line
 * is proven by one BUILT case, step-owner-not-a-role.
 */
export const COMPILED: Record<string, RegExp[]> = {
  'duplicate-fragment': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx/,
    /Duplicate id "step-update-config"/,
    /expected each id to be used once/,
  ],
  'link-to-missing-guide': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx/,
    /Link "\.\/v0\.2\.0-to-v0\.9\.0\.md#step-migrate-catalog"/,
    /no guide v0\.2\.0-to-v0\.9\.0/,
  ],
  'change-not-in-frontmatter': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx/,
    /<Change id="job-apis">/,
    /expected an entry with id "job-apis" in the frontmatter's breakingChanges/,
  ],
  'bad-step-id': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx/,
    /<Step> id="Update Config"/,
    /expected lower-case words joined by hyphens/,
  ],
};

export const BUILT: Record<string, RegExp[]> = {
  // A mistake the guide's compiler refuses (the others: COMPILED), built to prove the build stops on it.
  'step-owner-not-a-role': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx:37:1: <Step id="update-config"> owner: "dba" is not one of the guide's roles \(expected one of: operator\)/,
  ],
  'link-to-missing-fragment': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx: link "\/guides\/v0\.2\.0-to-v0\.3\.0\/#step-no-such-step": no element with id "step-no-such-step"/,
  ],
  'issue-missing-step': [
    /issues\/driver-oom\.md/,
    /related\.fragment "step-not-there"/,
    /expected one of its step-, change-, rollback- or check- ids/,
  ],
  'renamed-without-alias': [
    /guides\/v0\.1\.0-to-v0\.2\.0\/#step-update-config/,
    /published link no longer lands/,
    /alias "step-update-config: <new id>"/,
  ],
  // A link in an issue's text is blamed on the issue, not on the guide page that shows it.
  'issue-broken-link': [
    /issues\/executor-lost\.md \(on \/guides\/v0\.2\.0-to-v0\.3\.0\/\): link "\/guides\/v0\.1\.0-to-v0\.2\.0\/#step-no-such-step": no element with id "step-no-such-step"/,
  ],
  'issue-renamed-without-alias': [
    /permalinks\.json: \/guides\/v0\.2\.0-to-v0\.3\.0\/#issue-driver-oom: published link no longer lands \(expected the issue driver-oom\.md, or, if it was renamed, "aliases: \[driver-oom\]" in the renamed issue's frontmatter\)/,
  ],
  // Astro renders an issue's Markdown as it loads content, and only logs what fails there.
  'issue-link-to-missing-guide': [
    /issues\/driver-oom\.md:\d+:\d+: Link "\.\/v0\.2\.0-to-v0\.9\.0\.md#step-migrate-catalog": no guide v0\.2\.0-to-v0\.9\.0/,
  ],
  // Built over a previous good build by tests/content/atomic-build.test.ts, which also checks that output survives.
  'duplicate-ids': [
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx: id "main" appears more than once on this page/,
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx: id "step-update-config" appears more than once/,
    /guides\/v0\.1\.0-to-v0\.2\.0\.mdx: link "#step-ghost": no element with id "step-ghost"/,
    /issues\/driver-oom\.md \(on \/guides\/v0\.2\.0-to-v0\.3\.0\/\): id "issue-driver-oom" appears more than once/,
  ],
};
