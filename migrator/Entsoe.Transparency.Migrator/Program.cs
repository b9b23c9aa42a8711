using Entsoe.Transparency.Migrator.Cli;

return await MigratorCli.RunFromConsoleAsync(args).ConfigureAwait(false);
