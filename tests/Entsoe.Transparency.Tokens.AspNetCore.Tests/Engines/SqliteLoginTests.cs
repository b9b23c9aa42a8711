using Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Engines;

/// <summary>Every login scenario on a SQLite file, through a real Kestrel server.</summary>
public sealed class SqliteLoginTests
{
    [Theory]
    [MemberData(nameof(LoginScenarios.EveryShape), MemberType = typeof(LoginScenarios))]
    public async Task Login_EveryRowShape_AcceptedAndRehashed(RowShape shape, Placement placement, bool hashColumn)
    {
        await using var database = await SqliteAccounts.CreateAsync(hashColumn);
        await LoginScenarios.RowShapeAcceptedAsync(database, shape, placement);
    }

    [Fact]
    public async Task Login_PaddedQueryValue_Accepted()
    {
        await using var database = await SqliteAccounts.CreateAsync();
        await LoginScenarios.PaddedQueryValueAcceptedAsync(database);
    }

    [Fact]
    public async Task Login_PaddedPlaintextRow_FoundByExactValueThenByEverySpellingOnceHashed()
    {
        await using var database = await SqliteAccounts.CreateAsync();
        await LoginScenarios.PaddedPlaintextRowFoundExactlyThenEverySpellingAfterHashingAsync(database);
    }

    [Fact]
    public async Task Login_PassTheHashEmptyUnknownAmbiguous_OneResponse()
    {
        await using var database = await SqliteAccounts.CreateAsync();
        await LoginScenarios.RejectionsShareOneResponseAsync(database);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rehash_OverwriteBetweenLookupAndRehash_OverwriteWins(bool hashColumn)
    {
        await using var database = await SqliteAccounts.CreateAsync(hashColumn);
        await LoginScenarios.OverwriteBetweenLookupAndRehashWinsAsync(database);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rehash_MigrationBatchBetweenLookupAndRehash_HashedOnce(bool hashColumn)
    {
        await using var database = await SqliteAccounts.CreateAsync(hashColumn);
        await LoginScenarios.MigrationBatchBetweenLookupAndRehashHashesOnceAsync(database);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Login_AfterOverwrite_OldTokenRejectedAtOnce(bool hashColumn)
    {
        await using var database = await SqliteAccounts.CreateAsync(hashColumn);
        await LoginScenarios.OverwrittenTokenRejectedAtOnceAsync(database);
    }

    [Fact]
    public async Task Login_TokenOfTwoAccounts_Rejected()
    {
        await using var database = await SqliteAccounts.CreateAsync();
        await LoginScenarios.DuplicateAccountsRejectedAsync(database);
    }

    [Fact]
    public async Task Login_RehashOff_RowLeftAsItIs()
    {
        await using var database = await SqliteAccounts.CreateAsync();
        await LoginScenarios.RehashOffLeavesRowAsync(database);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cache_OverwriteInProcess_CachedTokenRejectedAtOnce(bool hashColumn)
    {
        await using var database = await SqliteAccounts.CreateAsync(hashColumn);
        await CacheScenarios.OverwriteInProcessRejectsCachedTokenAtOnceAsync(database);
    }

    [Fact]
    public async Task Cache_OverwriteByAnotherProcess_SeenAfterCacheDuration()
    {
        await using var database = await SqliteAccounts.CreateAsync();
        await CacheScenarios.OverwriteElsewhereSeenAfterCacheDurationAsync(database);
    }

    [Fact]
    public async Task Cache_OverwriteBetweenLookupAndResult_OldRowNeverCached()
    {
        await using var database = await SqliteAccounts.CreateAsync();
        await CacheScenarios.OverwriteDuringLookupNeverCachedAsync(database);
    }

    [Fact]
    public async Task Cache_RejectionsAndFirstLogins_ReadTheDatabase()
    {
        await using var database = await SqliteAccounts.CreateAsync();
        await CacheScenarios.RejectionsAndFirstLoginsReadTheDatabaseAsync(database);
    }
}
