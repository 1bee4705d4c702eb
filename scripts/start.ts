/**
 * `npm start`: the workspace shell on http://localhost:5173 hosting the apps from
 * http://127.0.0.1:5174. `--options <file>` or WWE_OPTIONS=<file> loads another
 * option file; PORT and APPS_PORT move the servers; a browser opens unless CI is
 * set or --no-open is given.
 */
import { defaultOptionsPath, startWorkspace } from './serve.js';

const argv = process.argv.slice(2);
const flag = argv.indexOf('--options');
const optionsPath =
  (flag >= 0 ? argv[flag + 1] : undefined) ??
  argv.find((arg) => arg.startsWith('--options='))?.slice(10) ??
  process.env['WWE_OPTIONS'] ??
  defaultOptionsPath;
if (flag >= 0 && !argv[flag + 1]) {
  console.error('npm start: --options needs a file, e.g. npm start -- --options my-options.yaml');
  process.exit(2);
}
const port = (name: string, fallback: number) => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) {
    console.error(`npm start: ${name}=${value} is not a port; give a whole number from 0 to 65535.`);
    process.exit(2);
  }
  return number;
};

const open = !process.env['CI'] && !argv.includes('--no-open');
let servers;
try {
  servers = await startWorkspace({ port: port('PORT', 5173), appsPort: port('APPS_PORT', 5174), optionsPath, open });
} catch (error) {
  console.error(`npm start: ${(error as Error).message}`);
  process.exit(1);
}
console.log(`
  wwe-kit workspace
  Workspace shell:   ${servers.shellOrigin}/
  Web-content apps:  ${servers.appsOrigin}/tab/  ${servers.appsOrigin}/popup/  ${servers.appsOrigin}/background/
  Option data:       ${servers.optionsPath}
`);
