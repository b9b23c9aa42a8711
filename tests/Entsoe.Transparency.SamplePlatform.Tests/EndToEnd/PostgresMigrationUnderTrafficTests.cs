using Entsoe.Transparency.SamplePlatform.Tests.Support;
using Entsoe.Transparency.Tokens;
using Xunit.Abstractions;

namespace Entsoe.Transparency.SamplePlatform.Tests.EndToEnd;

/// <summary>The end-to-end proof on PostgreSQL (a case-sensitive collation, several migration writers).</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PostgresMigrationUnderTrafficTests(ITestOutputHelper output) : MigrationUnderTrafficTests(output)
{
    [PostgresFact]
    public Task Migrate_UnderLiveTrafficWithKillsAndOverwrites_NoFalseRejectionOverwritesActAtOnceNothingLeaks() => RunAsync();

    // One writer: with one per core the run can finish before a kill lands.
    protected override IEnumerable<string> Pacing => [.. base.Pacing, "--writers", "1"];

    protected override async Task<IAccountsUnderTest> CreateAccountsAsync(TempDirectory directory, Func<TokenHasher, IEnumerable<(long Key, string Email, string? Token)>> seed) =>
        await PostgresAccounts.CreateAsync(directory, seed);
}
