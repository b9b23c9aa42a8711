using Entsoe.Transparency.Migrator.Cli;

SocketCompletions.PreferInline();
return await MigratorCli.RunFromConsoleAsync(args).ConfigureAwait(false);
