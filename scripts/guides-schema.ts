/**
 * `npm run guides:schema`: writes the published guide schema, as JSON Schema, into the README
 * and into guide.schema.json (for editors). A unit test fails while either is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { guideJsonSchema, readmeWithSchema } from '../lib/guides/json-schema';

writeFileSync('README.md', readmeWithSchema(readFileSync('README.md', 'utf8')));
writeFileSync('guide.schema.json', `${JSON.stringify(guideJsonSchema(), null, 2)}\n`);
console.log('Wrote the guide JSON Schema into README.md and guide.schema.json.');
