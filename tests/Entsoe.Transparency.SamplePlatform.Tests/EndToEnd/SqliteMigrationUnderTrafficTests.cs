using Entsoe.Transparency.SamplePlatform.Tests.Support;
using Entsoe.Transparency.Tokens;
using Xunit.Abstractions;

namespace Entsoe.Transparency.SamplePlatform.Tests.EndToEnd;

/// <summary>The end-to-end proof on a SQLite file, the embedded default.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SqliteMigrationUnderTrafficTests(ITestOutputHelper output) : MigrationUnderTrafficTests(output)
{
    [Fact]
    public Task Migrate_UnderLiveTrafficWithKillsAndOverwrites_NoFalseRejectionOverwritesActAtOnceNothingLeaks() => RunAsync();

    protected override Task<IAccountsUnderTest> CreateAccountsAsync(TempDirectory directory, Func<TokenHasher, IEnumerable<(long Key, string Email, string? Token)>> seed) =>
        Task.FromResult<IAccountsUnderTest>(new TestAccounts(directory, seed));
}
