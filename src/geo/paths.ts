/** Where the built gazetteer and the user layer live (both outside git, under the project root). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this module with sitrep's package.json (src/ or dist/src/). */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'sitrep') return dir;
      } catch {
        /* not ours */
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return process.cwd();
}

/** The built index (`npm run build` writes it). SITREP_GAZETTEER_DIR overrides. */
export function gazetteerDir(): string {
  return process.env.SITREP_GAZETTEER_DIR ? resolve(process.env.SITREP_GAZETTEER_DIR) : join(projectRoot(), '.cache', 'gazetteer');
}

/** The user layer (`sitrep gazetteer import`), kept apart so a rebuild does not wipe it. SITREP_USER_GAZETTEER_DIR overrides. */
export function userGazetteerDir(): string {
  return process.env.SITREP_USER_GAZETTEER_DIR
    ? resolve(process.env.SITREP_USER_GAZETTEER_DIR)
    : join(projectRoot(), '.cache', 'gazetteer-user');
}

/** The committed data files of the geo part (data/geo). */
export function geoDataDir(): string {
  return join(projectRoot(), 'data', 'geo');
}
