import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The text of a PDF, read by pdf-parse (PDF.js) in a separate Node process: PDF.js loads its
 * worker with a dynamic import, which Jest's module sandbox does not allow.
 */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rafiq-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const script = `import { PDFParse } from 'pdf-parse'; import { readFileSync } from 'node:fs';
      const r = await new PDFParse({ data: new Uint8Array(readFileSync(process.argv[1])) }).getText();
      process.stdout.write(r.text);`;
    return execFileSync(process.execPath, ['--input-type=module', '-e', script, file], { cwd: __dirname, encoding: 'utf8', maxBuffer: 20 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
