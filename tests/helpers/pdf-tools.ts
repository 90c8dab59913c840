import { spawn, spawnSync } from 'node:child_process';
import { expect } from 'vitest';

/**
 * An outside tool the PDF tests run. Missing on a developer's machine, its
 * tests skip with a note saying how to install it; in CI they fail instead.
 */
export interface PdfTool {
  present: boolean;
  /** Whether its tests run: the tool is here, or CI requires it. */
  run: boolean;
  message: string;
}

export function pdfTool(command: string, versionArgs: string[], install: string): PdfTool {
  const present = spawnSync(command, versionArgs, { stdio: 'ignore' }).error === undefined;
  const message = `${command} is not installed, so this check did not run. Install it with "${install}" and run npm test again.`;
  return { present, run: present || process.env.CI === 'true', message };
}

/** PDFBox's jars from Debian's libpdfbox2-java, with what they need at run time. */
const pdfboxJars = ['pdfbox2.jar', 'fontbox2.jar', 'commons-logging.jar'].map((jar) => `/usr/share/java/${jar}`);

export const pdfbox: PdfTool = (() => {
  const java = pdfTool('java', ['-version'], 'apt-get install -y default-jre-headless libpdfbox2-java');
  const jars = spawnSync('ls', pdfboxJars, { stdio: 'ignore' }).status === 0;
  const present = java.present && jars;
  const message = 'PDFBox is not installed, so this check did not run. Install it with "apt-get install -y default-jre-headless libpdfbox2-java" and run npm test again.';
  return { present, run: present || process.env.CI === 'true', message };
})();

/** Runs tests/tools/FillWithPdfbox.java (Java's single-file launcher compiles it) on one job file. */
export function fillWithPdfbox(jobFile: string): { status: number | null; output: string } {
  const result = spawnSync('java', ['-cp', pdfboxJars.join(':'), 'tests/tools/FillWithPdfbox.java', jobFile], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs commands two at a time (these machines have two cores); resolves to each one's exit status and output, in order. */
export async function runTwoAtATime(commands: Array<[string, string[]]>): Promise<Array<{ status: number | null; output: string }>> {
  const results: Array<{ status: number | null; output: string }> = [];
  let next = 0;
  const worker = async () => {
    while (next < commands.length) {
      const index = next++;
      const [command, args] = commands[index] ?? ['true', []];
      results[index] = await new Promise((resolve) => {
        const child = spawn(command, args);
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('close', (status) => resolve({ status, output }));
        child.on('error', (error) => resolve({ status: null, output: String(error) }));
      });
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

/** Every object of a PDF as qpdf reads it (its JSON, version 2): the object's name ("obj:12 0 R") and its value. */
export function qpdfObjects(file: string): Array<[string, unknown]> {
  const result = spawnSync('qpdf', ['--json=2', '--json-key=qpdf', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  expect(result.status, result.stderr).toBe(0);
  const json: unknown = JSON.parse(result.stdout);
  return Object.entries(Object(Reflect.get(Object(Reflect.get(Object(json), 'qpdf')), 1))).map(([key, entry]) => [key, Reflect.get(Object(entry), 'value')]);
}

/** A key of a PDF dictionary in qpdf's JSON ("/Rect"). */
export function read(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

