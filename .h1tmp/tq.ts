import { extractQuotes } from '../src/core/quotes/index.ts';
import { classifyTopics, defaultTaxonomy } from '../src/core/topics/index.ts';
import { summarize } from '../src/core/summary/index.ts';
import { extractEntities } from '../src/core/entities/index.ts';
import { detectLanguage } from '../src/core/language/index.ts';
import { analyzeArticle } from '../src/core/index.ts';
import { loadLabelled } from '../bench/eval-analysis.ts';
const tx = defaultTaxonomy();
const arts = loadLabelled();
const texts = arts.map(a => [Array(6).fill(a.body).join('\n\n'), a.language, a.title] as const);
function time(name: string, f: (x: string, l: string, t: string) => unknown) {
  for (let r=0;r<5;r++) for (const [x,l,t] of texts) f(x, l, t);
  const s = performance.now();
  for (let r=0;r<20;r++) for (const [x,l,t] of texts) f(x, l, t);
  console.log(name, ((performance.now()-s)/(20*texts.length)).toFixed(3), 'ms');
}
time('quotes', (x,l) => extractQuotes(x,l));
time('topics', (x,l,t) => classifyTopics({title:t, body:x, language:l}, tx));
time('summary', (x,l,t) => summarize({title:t, body:x, language:l}));
time('entities', (x,l) => extractEntities(x,l));
time('lang', (x) => detectLanguage(x));
time('all', (x,l,t) => analyzeArticle({title:t, body:x}, tx));
