// A node:test reporter that records every skipped test (file, name, reason) as JSON lines, so
// scripts/run-tests.mjs can list them at the end and fail under CI=true. It prints nothing itself:
// the spec reporter beside it does the human output.
export default async function* skipReporter(source) {
  for await (const event of source) {
    // node:test reports a skipped test as a pass whose `skip` is set (true or the reason).
    if (event.type !== 'test:pass' || event.data.skip === undefined) continue;
    const { file, name, skip } = event.data;
    yield JSON.stringify({ file: file ?? null, name, reason: typeof skip === 'string' ? skip : '' }) + '\n';
  }
}
