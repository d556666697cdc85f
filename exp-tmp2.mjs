import { readFile } from 'node:fs/promises';
const root = process.argv[2];
globalThis.fetch = async (input) => {
  const url = String(input); const p = url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/?pagefind\//, '');
  const buf = await readFile(root + '/' + p.split('?')[0]);
  return new Response(buf);
};
const pf = await import(root + '/pagefind.js');
await pf.options({ basePath: 'http://x/pagefind/', noWorker: true });
await pf.init();
for (const q of process.argv.slice(3)) {
  const r = await pf.search(q);
  const d = await Promise.all(r.results.map(async x => { const dd = await x.data(); return `${x.score.toFixed(2)} ${dd.url} ${JSON.stringify(dd.filters)}`; }));
  console.log(JSON.stringify(q), r.results.length, d);
}
