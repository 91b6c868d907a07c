// A second process writing to the database while a test backs it up: saves
// articles as fast as it can and prints the running count after each one.
import { openSqliteStore } from '../../src/store/index.js';
import { articleFixture } from '../store/fixtures.js';

const path = process.argv[2];
if (!path) throw new Error('usage: db-writer.ts DB');
const store = openSqliteStore(path);
let stopping = false;
process.on('SIGTERM', () => (stopping = true));
for (let i = 0; !stopping; i += 1) {
  await store.saveArticle(articleFixture(`w${process.pid}-${i}`, new Date()));
  process.stdout.write(`${i + 1}\n`);
  if (i % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
}
await store.close();
