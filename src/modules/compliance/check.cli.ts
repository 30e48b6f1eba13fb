import fs from 'node:fs';
import { lineAndColumn } from './checker/checker.js';
import { CATEGORY_LABELS } from './checker/lexicon-entry.js';
import type { Checker } from './checker/checker.js';
import { starterChecker } from './lexicon/starter-checker.js';

/**
 * `livebase check FILE|- [--json] [--db]`: exit 0 with no must-fix finding, 1 with any (2, usage
 * errors, is the caller's). Needs no database: it uses the starter lexicon shipped with the code,
 * or, with --db, the lexicon as staff edited it in the platform's database.
 */
export function checkCommand(file: string, json: boolean, checker: Checker = starterChecker().checker): number {
  const text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
  const findings = checker.check(text);
  if (json) {
    process.stdout.write(`${JSON.stringify({ findings }, null, 2)}\n`);
  } else if (findings.length === 0) {
    console.log('未发现违规用语 / no findings');
  } else {
    for (const f of findings) {
      const { line, column } = lineAndColumn(text, f.start);
      const level = f.severity === 'must_fix' ? '必须修改' : '提示';
      console.log(`${file === '-' ? '<stdin>' : file}:${line}:${column}  ${level}  「${f.text}」 ${CATEGORY_LABELS[f.category]}（公约第 ${f.clause} 条；${f.basis}）`);
      console.log(`    ${f.why} 建议：${f.suggestion}`);
    }
    const mustFix = findings.filter((f) => f.severity === 'must_fix').length;
    console.log(`\n共 ${findings.length} 处：必须修改 ${mustFix}，提示 ${findings.length - mustFix}`);
  }
  return findings.some((f) => f.severity === 'must_fix') ? 1 : 0;
}
