using System.Diagnostics.Metrics;
using System.Net;
using Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;
using Entsoe.Transparency.Tokens.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Engines;

/// <summary>
/// The login cache (<see cref="TransparencyTokenOptions.CacheDuration"/>) on a real table and a real Kestrel server: what
/// it serves without the database, and that it never accepts a token this process has overwritten.
/// </summary>
public static class CacheScenarios
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>A repeated active-key login is served from the cache; an overwrite of this process rejects the old token at once.</summary>
    public static async Task OverwriteInProcessRejectsCachedTokenAtOnceAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        await InsertActiveAsync(database, keys, 4, token);
        await using var lookup = new CountingLookup(await database.Factory.OpenLookupAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        await using var server = await StartAsync(database, keys, lookup, new FakeTimeProvider());
        using var cacheLookups = new MetricCollector<long>(
            server.Services.GetRequiredService<IMeterFactory>(), TransparencyTokenTelemetry.MeterName, TransparencyTokenTelemetry.CacheInstrument);
        Assert.Equal("4|active_key", (await server.SendAsync(token, Placement.Header)).Body);
        Assert.Equal("4|active_key", (await server.SendAsync(token, Placement.Query)).Body);
        Assert.Equal(1, lookup.Finds);

        var replacement = await OverwriteAsync(database, keys, 4);
        server.Services.GetRequiredService<TransparencyTokenCache>().Invalidate(RowKey.FromInteger(4));

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.SendAsync(token, Placement.Header)).Status);
        Assert.Equal("4|active_key", (await server.SendAsync(replacement, Placement.Header)).Body);
        Assert.Equal(["miss", "hit", "miss", "miss"], cacheLookups.GetMeasurementSnapshot().Select(m => (string?)m.Tags["result"]));
    }

    /// <summary>
    /// An overwrite this process was not told of (another instance, the migrator's <c>token issue</c>) is seen once the
    /// cache's lifetime has passed, and not before: the documented price of the cache.
    /// </summary>
    public static async Task OverwriteElsewhereSeenAfterCacheDurationAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        var time = new FakeTimeProvider();
        await InsertActiveAsync(database, keys, 4, token);
        await using var lookup = new CountingLookup(await database.Factory.OpenLookupAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        await using var server = await StartAsync(database, keys, lookup, time);
        Assert.Equal("4|active_key", (await server.SendAsync(token, Placement.Header)).Body);

        await OverwriteAsync(database, keys, 4);
        time.Advance(Lifetime - TimeSpan.FromSeconds(1));
        var withinLifetime = await server.SendAsync(token, Placement.Header);
        time.Advance(TimeSpan.FromSeconds(1));
        var afterLifetime = await server.SendAsync(token, Placement.Header);

        Assert.Equal("4|active_key", withinLifetime.Body);
        Assert.Equal(HttpStatusCode.Unauthorized, afterLifetime.Status);
        Assert.Equal(2, lookup.Finds);
    }

    /// <summary>
    /// A login whose lookup read the row before an overwrite was invalidated cannot put the old row back in the cache: the
    /// overwrite lands between that lookup's read and its result, and the next request with the old token is rejected.
    /// </summary>
    public static async Task OverwriteDuringLookupNeverCachedAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        await InsertActiveAsync(database, keys, 6, token);
        await using var lookup = new CountingLookup(await database.Factory.OpenLookupAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        await using var server = await StartAsync(database, keys, lookup, new FakeTimeProvider());
        var cache = server.Services.GetRequiredService<TransparencyTokenCache>();
        lookup.AfterNextFind = async () =>
        {
            await OverwriteAsync(database, keys, 6);
            cache.Invalidate(RowKey.FromInteger(6));
        };

        // Read before the overwrite, so accepted: the request and the overwrite were concurrent.
        Assert.Equal("6|active_key", (await server.SendAsync(token, Placement.Header)).Body);

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.SendAsync(token, Placement.Header)).Status);
        Assert.Equal(2, lookup.Finds);
    }

    /// <summary>
    /// With the cache on, every rejection still reads the database exactly once (the same work as before), a plaintext
    /// row is rewritten by its first login and only then served from the cache.
    /// </summary>
    public static async Task RejectionsAndFirstLoginsReadTheDatabaseAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        await database.InsertAsync(2, token);
        await using var lookup = new CountingLookup(await database.Factory.OpenLookupAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        await using var server = await StartAsync(database, keys, lookup, new FakeTimeProvider());

        var kinds = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            kinds.Add((await server.SendAsync(token, Placement.Header)).Body);
        }

        var afterLogins = lookup.Finds;
        var statuses = new List<HttpStatusCode>();
        foreach (var rejected in new[] { TestKeys.NewToken(), string.Empty, keys.Hasher.Hash(token), "not-a-token" })
        {
            statuses.Add((await server.SendAsync(rejected, Placement.Query)).Status);
        }

        Assert.Equal(["2|plaintext", "2|active_key", "2|active_key"], kinds);
        Assert.Equal(2, afterLogins);
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(afterLogins + 4, lookup.Finds);
    }

    private static Task<LoginServer> StartAsync(AccountsDatabase database, TestKeys keys, CountingLookup lookup, TimeProvider time) =>
        LoginScenarios.StartAsync(database, keys, o =>
        {
            o.Lookup = lookup;
            o.CacheDuration = Lifetime;
            o.TimeProvider = time;
        });

    private static Task InsertActiveAsync(AccountsDatabase database, TestKeys keys, long id, string token) =>
        database.Target.UsesHashColumn
            ? database.InsertAsync(id, null, keys.Hasher.Hash(token))
            : database.InsertAsync(id, keys.Hasher.Hash(token));

    /// <summary>"Generate and overwrite" through the storage library's compare-and-swap; returns the new token.</summary>
    private static async Task<string> OverwriteAsync(AccountsDatabase database, TestKeys keys, long id)
    {
        var issued = TokenGenerator.Issue(keys.Hasher);
        await using var store = await database.Factory.OpenAsync(StoreOpenOptions.Writes, CancellationToken.None);
        var row = await store.ReadRowAsync(RowKey.FromInteger(id), CancellationToken.None);
        Assert.True(await store.CompareAndSwapAsync(row!.Value, issued.StoredValue, CancellationToken.None));
        return issued.RevealToken();
    }
}
