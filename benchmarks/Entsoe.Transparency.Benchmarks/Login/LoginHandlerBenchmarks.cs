using BenchmarkDotNet.Attributes;
using Entsoe.Transparency.Tokens;
using Entsoe.Transparency.Tokens.AspNetCore;
using Entsoe.Transparency.Tokens.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Entsoe.Transparency.Benchmarks.Login;

/// <summary>
/// The login component's own cost per request, without a server or a network: <c>HttpContext.AuthenticateAsync</c> on a
/// fresh context and request scope, as the authentication middleware calls it. Baseline: the same call on a request
/// that carries no token (the scheme answers "no result"). The measured line presents an active-key token whose row is
/// in the login cache, so after the first call no database is touched: what remains is reading the header, hashing the
/// token once, the cache probe and the ticket with its claims.
/// </summary>
[MemoryDiagnoser]
public class LoginHandlerBenchmarks
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"entsoe-login-bench-{Environment.ProcessId}");
    private ServiceProvider? services;
    private TokenKeyRing? ring;
    private string token = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "accounts.db");
        ring = TokenKeyRing.Generate("k2026");
        token = TokenGenerator.Generate();
        using (var hasher = TokenHasher.Create(ring))
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE accounts (id INTEGER PRIMARY KEY, token TEXT); INSERT INTO accounts VALUES (1, $stored)";
            create.Parameters.AddWithValue("$stored", hasher.Hash(token));
            create.ExecuteNonQuery();
        }

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddAuthentication(TransparencyTokenDefaults.AuthenticationScheme).AddTransparencyToken(o =>
        {
            o.KeyRing = ring;
            o.CacheDuration = TimeSpan.FromMinutes(1);
            o.UseStore("sqlite", $"Data Source={path}", TableTarget.Create(null, "accounts", "id", "token", null));
        });
        services = collection.BuildServiceProvider();

        // The first login reads the row and fills the cache; every measured one is a hit.
        if (!Authenticate(token).GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The seeded token was not accepted; every figure would be meaningless.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        ring?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "AuthenticateAsync, no token (no result)")]
    public Task<bool> NoToken() => Authenticate(null);

    [Benchmark(Description = "AuthenticateAsync, active-key token, cached row")]
    public Task<bool> CachedToken() => Authenticate(token);

    private async Task<bool> Authenticate(string? presented)
    {
        await using var scope = services!.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        if (presented is not null)
        {
            context.Request.Headers[TransparencyTokenDefaults.HeaderName] = presented;
        }

        var result = await context.AuthenticateAsync(TransparencyTokenDefaults.AuthenticationScheme).ConfigureAwait(false);
        return result.Succeeded;
    }
}
