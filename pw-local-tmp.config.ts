import base from './playwright.config.ts';
export default {
  ...base,
  use: { ...base.use, baseURL: 'http://127.0.0.1:4417/' },
  webServer: [{ command: 'node tests/support/static-server.ts dist 4417 /', url: 'http://127.0.0.1:4417/', reuseExistingServer: false }],
};
