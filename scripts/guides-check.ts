/**
 * `npm run guides:check`: validates every guide layer and every guide they compose, lists the
 * layers and which company-role pairs have which, and exits non-zero on any problem (schema
 * errors with their exact path, duplicate ids, empty sections, figures without a source).
 */
import { checkGuideLayers } from '../lib/guides/check';
import { LAYER_FILES } from '../lib/guides/layer-files';
import { SOURCE_TEXTS } from '../lib/guides/source-texts';

const report = checkGuideLayers(LAYER_FILES, SOURCE_TEXTS);

console.log('Layers:');
for (const layer of report.layers) console.log(`  ${layer.kind.padEnd(9)} ${layer.id.padEnd(38)} ${layer.path}`);

console.log('\nGuides:');
for (const guide of report.guides) console.log(`  ${guide.id.padEnd(38)} ${guide.label}`);

console.log('\nCoverage (company × role family → layers):');
const rows = [
  ['company', 'role family', 'layers'],
  ...report.coverage.map((cell) => [cell.company, cell.family, cell.layers.join(' + ')]),
];
const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const [company, family, layers] of rows) {
  console.log(`  ${company!.padEnd(widths[0]!)}  ${family!.padEnd(widths[1]!)}  ${layers}`);
}

if (report.problems.length > 0) {
  console.error(`\n${report.problems.length} problem(s):`);
  for (const problem of report.problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log('\nAll guides check out.');
