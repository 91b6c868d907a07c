/** `npm run eval`: quality figures on the labelled sets under test/fixtures/. */
const AREAS = ['eval-analysis', 'eval-stories'] as const;

for (const area of AREAS) {
  const module = (await import(`./${area}.ts`)) as { run: () => Promise<void> };
  await module.run();
  console.log('');
}
