/**
 * Sizes the house keeps small: source files (lines) and functions (lines from their first to
 * their last), measured with the TypeScript compiler's own parser over src/, ingest/, web/src/
 * and bin/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const root = path.resolve(__dirname, '../..');
const FOLDERS = ['src', 'ingest', 'web/src', 'bench'];

export function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'node_modules' && name !== 'build' && name !== 'dist') walk(full);
      } else if (/\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts')) files.push(full);
    }
  };
  for (const folder of FOLDERS) walk(path.join(root, folder));
  return files.sort();
}

export interface Sized {
  file: string;
  name: string;
  lines: number;
}

export function fileSizes(): Sized[] {
  return sourceFiles().map((file) => ({ file: path.relative(root, file), name: '', lines: readFileSync(file, 'utf8').split('\n').length }));
}

/** Every function, method and arrow function with its length in lines. */
export function functionSizes(): Sized[] {
  const out: Sized[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        const named = (node as ts.FunctionLikeDeclaration).name;
        let name = named && ts.isIdentifier(named) ? named.text : '';
        if (!name && ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)) name = node.parent.name.text;
        out.push({ file: path.relative(root, file), name: name || '(anonymous)', lines: end - start + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}
