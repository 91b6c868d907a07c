const t0 = performance.now(); await import('vega'); const t1 = performance.now(); await import('vega-lite'); const t2 = performance.now(); await import('@resvg/resvg-js'); const t3=performance.now(); await import('hono'); const t4=performance.now();
console.log('vega', (t1-t0).toFixed(0), 'vl', (t2-t1).toFixed(0), 'resvg', (t3-t2).toFixed(0), 'hono', (t4-t3).toFixed(0));
