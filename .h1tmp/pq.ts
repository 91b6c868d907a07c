import { extractQuotes } from '../src/core/quotes/index.ts';
import { loadLabelled } from '../bench/eval-analysis.ts';
const arts = loadLabelled();
const texts = arts.map(a => [Array(6).fill(a.body).join('\n\n'), a.language] as const);
for (let r=0;r<30;r++) for (const [x,l] of texts) extractQuotes(x, l);
