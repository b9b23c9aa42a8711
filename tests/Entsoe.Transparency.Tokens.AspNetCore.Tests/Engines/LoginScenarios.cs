using System.Net;
using System.Xml.Linq;
using Entsoe.Transparency.Tokens.AspNetCore.Tests.Infrastructure;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Engines;

/// <summary>
/// The login scenarios, each on a fresh table of the engine given and a real Kestrel server; the engines' test classes
/// run every one of them.
/// </summary>
public static class LoginScenarios
{
    private static readonly XNamespace Ack = "urn:iec62325.351:tc57wg16:451-1:acknowledgementdocument:7:0";

    public static TheoryData<RowShape, Placement, bool> EveryShape()
    {
        var data = new TheoryData<RowShape, Placement, bool>();
        foreach (var shape in Enum.GetValues<RowShape>())
        {
            foreach (var placement in Enum.GetValues<Placement>())
            {
                data.Add(shape, placement, false);
                data.Add(shape, placement, true);
            }
        }

        return data;
    }

    /// <summary>The row is found, verifies with the expected kind, and ends holding the active key's value (or is left alone).</summary>
    public static async Task RowShapeAcceptedAsync(AccountsDatabase database, RowShape shape, Placement placement)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        var (stored, presented, kind) = Shape(keys, token, shape);
        var plaintext = shape is RowShape.PlaintextLower or RowShape.PlaintextUpper or RowShape.PlaintextMixedExact;
        if (database.Target.UsesHashColumn && !plaintext)
        {
            await database.InsertAsync(1, null, stored);
        }
        else
        {
            await database.InsertAsync(1, stored);
        }

        await using var server = await StartAsync(database, keys);
        var (status, body, _) = await server.SendAsync(presented, placement);

        Assert.True(status == HttpStatusCode.OK, $"{status}: {string.Join("; ", server.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning).Select(e => e.Message))}");
        Assert.Equal($"1|{kind}", body);
        var (tokenColumn, hashColumn) = await database.ReadAsync(1);
        var expected = kind == "active_key" ? stored : keys.Hasher.Hash(token);
        if (database.Target.UsesHashColumn)
        {
            Assert.Null(tokenColumn);
            Assert.Equal(expected, hashColumn);
        }
        else
        {
            Assert.Equal(expected, tokenColumn);
        }

        // Rehashed once: the next login finds the active key's value.
        Assert.Equal("1|active_key", (await server.SendAsync(presented, placement)).Body);
    }

    /// <summary>A value padded with whitespace in the query is the same token (canonical form), found and accepted.</summary>
    public static async Task PaddedQueryValueAcceptedAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        await database.InsertAsync(7, token);
        await using var server = await StartAsync(database, keys);

        var (status, body, _) = await server.SendAsync($" {token.ToUpperInvariant()}\n", Placement.Query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("7|plaintext", body);
    }

    /// <summary>
    /// A plaintext row stored with padding is found by the index only when the client sends the same bytes; once the
    /// migrator (here: the same compare-and-swap) has hashed it, every spelling finds it.
    /// </summary>
    public static async Task PaddedPlaintextRowFoundExactlyThenEverySpellingAfterHashingAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        var padded = $"  {token} ";
        await database.InsertAsync(3, padded);
        await using var server = await StartAsync(database, keys, o => o.RehashOnSuccess = false);

        Assert.Equal(HttpStatusCode.OK, (await server.SendAsync(padded, Placement.Query)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.SendAsync(token, Placement.Header)).Status);

        await using (var store = await database.Factory.OpenAsync(StoreOpenOptions.Writes, CancellationToken.None))
        {
            var row = await store.ReadRowAsync(RowKey.FromInteger(3), CancellationToken.None);
            Assert.True(await store.CompareAndSwapAsync(row!.Value, keys.Hasher.Hash(padded), CancellationToken.None));
        }

        Assert.Equal("3|active_key", (await server.SendAsync(token, Placement.Header)).Body);
    }

    /// <summary>Pass-the-hash, empty, whitespace, unknown and ambiguous requests all get one and the same 401, and change nothing.</summary>
    public static async Task RejectionsShareOneResponseAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        var stored = keys.OlderHasher.Hash(token);
        await database.InsertAsync(1, stored);
        await using var server = await StartAsync(database, keys);

        var answers = new List<(string Case, HttpResponseMessage Response, string Body)>();
        foreach (var (name, value, placement) in new (string, string, Placement)[]
        {
            ("stored value", stored, Placement.Header),
            ("stored value, query", stored, Placement.Query),
            ("padded stored value", "  " + stored, Placement.Query),
            ("empty", string.Empty, Placement.Header),
            ("empty, query", string.Empty, Placement.Query),
            ("whitespace", "   ", Placement.Query),
            ("unknown", TestKeys.NewToken(), Placement.Header),
            ("unknown non-UUID", "not-a-token", Placement.Query),
        })
        {
            var (_, body, response) = await server.SendAsync(value, placement);
            answers.Add((name, response, body));
        }

        using (var ambiguous = new HttpRequestMessage(HttpMethod.Get, $"api?securityToken={TestKeys.NewToken()}"))
        {
            ambiguous.Headers.Add(TransparencyTokenDefaults.HeaderName, token);
            var response = await server.Client.SendAsync(ambiguous);
            answers.Add(("header and query differ", response, await response.Content.ReadAsStringAsync()));
        }

        foreach (var (name, response, body) in answers)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{name}: {response.StatusCode}");
            Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            Assert.Equal(RejectionResponse.UnauthorizedText, ReasonText(body));
            Assert.Equal("SecurityToken realm=\"ENTSO-E Transparency Platform\"", response.Headers.WwwAuthenticate.ToString());
        }

        Assert.Equal((stored, (string?)null), await database.ReadAsync(1));
        var reasons = server.Logs.Entries.Where(e => e.EventId.Id == TransparencyTokenEventIds.LoginRejected).Select(e => e.Message).ToList();
        Assert.Equal(3, reasons.Count(r => r.Contains("(pass_the_hash)", StringComparison.Ordinal)));
        Assert.Equal(3, reasons.Count(r => r.Contains("(empty)", StringComparison.Ordinal)));
        Assert.Equal(2, reasons.Count(r => r.Contains("(unknown)", StringComparison.Ordinal)));
        Assert.Equal(1, reasons.Count(r => r.Contains("(ambiguous)", StringComparison.Ordinal)));
    }

    /// <summary>A "Generate and overwrite" that lands between the login's lookup and its rehash wins; the old token is then rejected.</summary>
    public static async Task OverwriteBetweenLookupAndRehashWinsAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        var replacement = TestKeys.NewToken();
        await database.InsertAsync(5, token);
        await using var lookup = new InterceptingLookup(
            await database.Factory.OpenLookupAsync(TimeSpan.FromSeconds(5), CancellationToken.None),
            async row =>
            {
                await using var store = await database.Factory.OpenAsync(StoreOpenOptions.Writes, CancellationToken.None);
                var current = await store.ReadRowAsync(row.Key, CancellationToken.None);
                Assert.True(await store.CompareAndSwapAsync(current!.Value, keys.Hasher.Hash(replacement), CancellationToken.None));
            });
        await using var server = await StartAsync(database, keys, o => o.Lookup = lookup);

        var first = await server.SendAsync(token, Placement.Header);

        Assert.Equal("5|plaintext", first.Body);
        Assert.Equal(1, lookup.Swaps);
        Assert.Equal(0, lookup.SwapsWritten);
        var (tokenColumn, hashColumn) = await database.ReadAsync(5);
        Assert.Equal(keys.Hasher.Hash(replacement), hashColumn ?? tokenColumn);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.SendAsync(token, Placement.Header)).Status);
        Assert.Equal("5|active_key", (await server.SendAsync(replacement, Placement.Query)).Body);
        Assert.Contains(server.Logs.Entries, e => e.EventId.Id == TransparencyTokenEventIds.RehashSkipped);
    }

    /// <summary>A migration batch that hashes the row between the lookup and the rehash wins; the value is hashed once, not twice.</summary>
    public static async Task MigrationBatchBetweenLookupAndRehashHashesOnceAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        await database.InsertAsync(9, token);
        await using var lookup = new InterceptingLookup(
            await database.Factory.OpenLookupAsync(TimeSpan.FromSeconds(5), CancellationToken.None),
            async row =>
            {
                await using var store = await database.Factory.OpenAsync(StoreOpenOptions.Writes, CancellationToken.None);
                var batch = await store.ApplyBatchAsync([new RowUpdate(row.Key, token, keys.Hasher.Hash(token))], CancellationToken.None);
                Assert.Equal(1, batch.Applied);
            });
        await using var server = await StartAsync(database, keys, o => o.Lookup = lookup);

        Assert.Equal("9|plaintext", (await server.SendAsync(token, Placement.Header)).Body);

        Assert.Equal(0, lookup.SwapsWritten);
        var (tokenColumn, hashColumn) = await database.ReadAsync(9);
        var value = hashColumn ?? tokenColumn;
        Assert.Equal(keys.Hasher.Hash(token), value);
        Assert.Equal(VerificationResult.Valid, keys.Verifier.Verify(token, value));
        Assert.Equal("9|active_key", (await server.SendAsync(token, Placement.Header)).Body);
    }

    /// <summary>An overwrite through the storage library's compare-and-swap rejects the old token from the next request on.</summary>
    public static async Task OverwrittenTokenRejectedAtOnceAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        await database.InsertAsync(4, database.Target.UsesHashColumn ? null : keys.Hasher.Hash(token), database.Target.UsesHashColumn ? keys.Hasher.Hash(token) : null);
        await using var server = await StartAsync(database, keys);
        Assert.Equal("4|active_key", (await server.SendAsync(token, Placement.Header)).Body);

        var issued = TokenGenerator.Issue(keys.Hasher);
        await using (var store = await database.Factory.OpenAsync(StoreOpenOptions.Writes, CancellationToken.None))
        {
            var row = await store.ReadRowAsync(RowKey.FromInteger(4), CancellationToken.None);
            Assert.True(await store.CompareAndSwapAsync(row!.Value, issued.StoredValue, CancellationToken.None));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.SendAsync(token, Placement.Header)).Status);
        var replacement = issued.RevealToken();
        Assert.Equal("4|active_key", (await server.SendAsync(replacement, Placement.Header)).Body);
    }

    /// <summary>A token that verifies against two accounts is rejected (the migrator's verify flags the pair), and the log names both.</summary>
    public static async Task DuplicateAccountsRejectedAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        await database.InsertAsync(1, token);
        await database.InsertAsync(2, token.ToUpperInvariant());
        await using var server = await StartAsync(database, keys);

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.SendAsync(token, Placement.Header)).Status);

        var warning = Assert.Single(server.Logs.Entries, e => e.EventId.Id == TransparencyTokenEventIds.DuplicateAccounts);
        Assert.Contains("(1, 2)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(token, (await database.ReadAsync(1)).Token);
    }

    /// <summary>With rehash off, an older-key row is accepted and left as it is.</summary>
    public static async Task RehashOffLeavesRowAsync(AccountsDatabase database)
    {
        using var keys = new TestKeys();
        var token = TestKeys.NewToken();
        var stored = keys.OlderHasher.Hash(token);
        await database.InsertAsync(1, stored);
        await using var server = await StartAsync(database, keys, o => o.RehashOnSuccess = false);

        Assert.Equal("1|older_key", (await server.SendAsync(token, Placement.Header)).Body);

        Assert.Equal(stored, (await database.ReadAsync(1)).Token);
    }

    public static async Task<LoginServer> StartAsync(AccountsDatabase database, TestKeys keys, Action<TransparencyTokenOptions>? configure = null) =>
        await LoginServer.StartAsync(o =>
        {
            o.KeyRing = keys.Ring;
            database.UseStore(o);
            configure?.Invoke(o);
        });

    public static string? ReasonText(string body) =>
        XDocument.Parse(body).Root?.Element(Ack + "Reason")?.Element(Ack + "text")?.Value;

    private static (string Stored, string Presented, string Kind) Shape(TestKeys keys, string token, RowShape shape)
    {
        using var unkeyed = TokenHasher.CreateUnkeyed();
        var mixed = token[..8].ToUpperInvariant() + token[8..];
        return shape switch
        {
            RowShape.PlaintextLower => (token, token.ToUpperInvariant(), "plaintext"),
            RowShape.PlaintextUpper => (token.ToUpperInvariant(), token, "plaintext"),
            RowShape.PlaintextMixedExact => (mixed, mixed, "plaintext"),
            RowShape.ActiveKey => (keys.Hasher.Hash(token), token.ToUpperInvariant(), "active_key"),
            RowShape.OlderKey => (keys.OlderHasher.Hash(token), token, "older_key"),
            _ => (unkeyed.Hash(token), token, "older_key"),
        };
    }
}
