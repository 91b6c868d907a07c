import { analyzeArticle, defaultTaxonomy } from '../src/core/index.ts';
import { loadLabelled } from '../bench/eval-analysis.ts';
const tx = defaultTaxonomy();
const arts = loadLabelled();
const texts = arts.map(a => ({title: a.title, body: Array(6).fill(a.body).join('\n\n')}));
const s = performance.now();
for (let r=0;r<40;r++) for (const a of texts) analyzeArticle(a, tx);
console.error('per article', (performance.now()-s)/(40*texts.length));
