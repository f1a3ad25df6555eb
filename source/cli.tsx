import meow from 'meow';
import { analyzeCorpus } from './analyze.ts';
import { toExportCsv, toExportJson } from './export.ts';
import { UserError } from './errors.ts';

const cli = meow(
  `
  Usage
    $ whosaid [DIR]                     explore the articles in DIR (default: the bundled corpus)
    $ whosaid export [DIR] [--format json|csv]

  Options
    --format     export format: json (default) or csv
    --version    print the version

  Examples
    $ whosaid ~/stories/ceasefire
    $ whosaid export corpus --format csv > quotes.csv
`,
  {
    importMeta: import.meta,
    flags: {
      format: { type: 'string', default: 'json', choices: ['json', 'csv'] },
    },
  },
);

async function main(): Promise<void> {
  const [first, ...rest] = cli.input;
  if (first === 'export') {
    const dir = rest[0] ?? 'corpus';
    const corpus = await analyzeCorpus(dir, { onWarning: (m) => process.stderr.write(`${m}\n`) });
    const out = cli.flags.format === 'csv' ? toExportCsv(corpus) : toExportJson(corpus);
    process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    return;
  }
  throw new UserError('whosaid: the explorer is not built yet; use `whosaid export [DIR]`');
}

main().catch((error: unknown) => {
  if (error instanceof UserError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = error.exitCode;
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`whosaid: internal error: ${message}\n`);
  process.exitCode = 1;
});
