// Finds a Chromium for the browser tests, installing Debian's package when that is possible.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags for headless Chromium on a closed network (no background calls home, no sandbox as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_HINT =
  'No Chromium found. Install one and run again:\n' +
  '  sudo apt-get update && sudo apt-get install -y chromium\n' +
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.';

function isDebian(): boolean {
  return existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
}

/** Returns the path of a usable Chromium, or throws with the command to run. */
export function findChromium({ install = true } = {}): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.\n${INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (install && isDebian() && process.getuid?.() === 0) {
    console.info('Installing Debian chromium (apt-get install -y chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(INSTALL_HINT);
}

export function chromiumVersion(path: string): string {
  try {
    return (
      execFileSync(path, ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .trim()
        .split('\n')
        .at(-1) ?? 'unknown version'
    );
  } catch {
    return 'unknown version';
  }
}
