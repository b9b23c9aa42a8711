using Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Engines;

/// <summary>Every login scenario on PostgreSQL (case-sensitive "C" collation), through a real Kestrel server.</summary>
public sealed class PostgresLoginTests
{
    [PostgresTheory]
    [MemberData(nameof(LoginScenarios.EveryShape), MemberType = typeof(LoginScenarios))]
    public async Task Login_EveryRowShape_AcceptedAndRehashed(RowShape shape, Placement placement, bool hashColumn)
    {
        await using var database = await PostgresAccounts.CreateAsync(hashColumn);
        await LoginScenarios.RowShapeAcceptedAsync(database, shape, placement);
    }

    [PostgresFact]
    public async Task Login_PaddedQueryValue_Accepted()
    {
        await using var database = await PostgresAccounts.CreateAsync();
        await LoginScenarios.PaddedQueryValueAcceptedAsync(database);
    }

    [PostgresFact]
    public async Task Login_PaddedPlaintextRow_FoundByExactValueThenByEverySpellingOnceHashed()
    {
        await using var database = await PostgresAccounts.CreateAsync();
        await LoginScenarios.PaddedPlaintextRowFoundExactlyThenEverySpellingAfterHashingAsync(database);
    }

    [PostgresFact]
    public async Task Login_PassTheHashEmptyUnknownAmbiguous_OneResponse()
    {
        await using var database = await PostgresAccounts.CreateAsync();
        await LoginScenarios.RejectionsShareOneResponseAsync(database);
    }

    [PostgresTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rehash_OverwriteBetweenLookupAndRehash_OverwriteWins(bool hashColumn)
    {
        await using var database = await PostgresAccounts.CreateAsync(hashColumn);
        await LoginScenarios.OverwriteBetweenLookupAndRehashWinsAsync(database);
    }

    [PostgresTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rehash_MigrationBatchBetweenLookupAndRehash_HashedOnce(bool hashColumn)
    {
        await using var database = await PostgresAccounts.CreateAsync(hashColumn);
        await LoginScenarios.MigrationBatchBetweenLookupAndRehashHashesOnceAsync(database);
    }

    [PostgresTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Login_AfterOverwrite_OldTokenRejectedAtOnce(bool hashColumn)
    {
        await using var database = await PostgresAccounts.CreateAsync(hashColumn);
        await LoginScenarios.OverwrittenTokenRejectedAtOnceAsync(database);
    }

    [PostgresFact]
    public async Task Login_TokenOfTwoAccounts_Rejected()
    {
        await using var database = await PostgresAccounts.CreateAsync();
        await LoginScenarios.DuplicateAccountsRejectedAsync(database);
    }

    [PostgresFact]
    public async Task Login_RehashOff_RowLeftAsItIs()
    {
        await using var database = await PostgresAccounts.CreateAsync();
        await LoginScenarios.RehashOffLeavesRowAsync(database);
    }

    [PostgresTheory]
    [InlineData(Placement.Header)]
    [InlineData(Placement.Query)]
    public async Task Login_UuidTokenColumnInHashColumnMode_PlaintextAcceptedAndMoved(Placement placement)
    {
        await using var database = await PostgresAccounts.CreateAsync(hashColumn: true, tokenType: "uuid");
        await LoginScenarios.RowShapeAcceptedAsync(database, RowShape.PlaintextLower, placement);
    }

    [PostgresTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Cache_OverwriteInProcess_CachedTokenRejectedAtOnce(bool hashColumn)
    {
        await using var database = await PostgresAccounts.CreateAsync(hashColumn);
        await CacheScenarios.OverwriteInProcessRejectsCachedTokenAtOnceAsync(database);
    }

    [PostgresFact]
    public async Task Cache_OverwriteByAnotherProcess_SeenAfterCacheDuration()
    {
        await using var database = await PostgresAccounts.CreateAsync();
        await CacheScenarios.OverwriteElsewhereSeenAfterCacheDurationAsync(database);
    }

    [PostgresFact]
    public async Task Cache_OverwriteBetweenLookupAndResult_OldRowNeverCached()
    {
        await using var database = await PostgresAccounts.CreateAsync();
        await CacheScenarios.OverwriteDuringLookupNeverCachedAsync(database);
    }

    [PostgresFact]
    public async Task Cache_RejectionsAndFirstLogins_ReadTheDatabase()
    {
        await using var database = await PostgresAccounts.CreateAsync();
        await CacheScenarios.RejectionsAndFirstLoginsReadTheDatabaseAsync(database);
    }
}
