// Where the launcher's build output and a local Neo4j's bookkeeping files live.
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';

export const LAUNCHER_DIR = path.join(REPO_ROOT, 'launcher');
export const LAUNCHER_TARGET = path.join(LAUNCHER_DIR, 'target');
export const LAUNCHER_CLASSES = path.join(LAUNCHER_TARGET, 'classes');
export const LAUNCHER_CLASSPATH_FILE = path.join(LAUNCHER_TARGET, 'classpath.txt');
/** Hash of pom.xml and the Java sources the current build was made from. */
export const LAUNCHER_STAMP_FILE = path.join(LAUNCHER_TARGET, 'kg-build-stamp');
export const LAUNCHER_MAIN_CLASS = 'kg.launcher.Main';

/** Files kg keeps next to Neo4j's own `data/` and `logs/` inside a data directory. */
export function instanceFiles(dataDir: string) {
  return {
    pidFile: path.join(dataDir, 'kg-neo4j.pid'),
    logFile: path.join(dataDir, 'kg-neo4j.log'),
    lockDir: path.join(dataDir, '.kg-neo4j.lock'),
  };
}

/** The empty directory the launcher makes LOAD CSV's file root (launcher/…/Main.java). */
export const EMPTY_IMPORT_DIR = 'import-nothing';
