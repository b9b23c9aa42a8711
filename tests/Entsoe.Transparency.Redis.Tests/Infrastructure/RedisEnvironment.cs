using System.Net;
using StackExchange.Redis;

namespace Entsoe.Transparency.Redis.Tests.Infrastructure;

/// <summary>Where the Redis tests find their server (<c>TOOLKIT_REDIS</c>), and what happens when there is none.</summary>
internal static class RedisEnvironment
{
    public const string Variable = "TOOLKIT_REDIS";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Configuration => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>A skip message when the server is absent outside CI; <c>null</c> means "run" (and fail in CI without one).</summary>
    public static string? SkipReason(string? configuration, bool isCi) =>
        configuration is null && !isCi
            ? $"Redis tests need the environment variable {Variable} (a StackExchange.Redis configuration string); it is not set."
            : null;

    public static string RequireConfiguration() =>
        Configuration ?? throw new InvalidOperationException(
            $"CI=true but {Variable} is not set: the Redis tests must run in CI. Export {Variable} (.ci/run starts a server and sets it).");

    /// <summary>A key prefix no other test uses, so tests never share a budget.</summary>
    public static string NewPrefix() => "test-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The same server through another endpoint (a proxy), password kept.</summary>
    public static string Through(EndPoint endPoint)
    {
        var options = ConfigurationOptions.Parse(RequireConfiguration());
        options.EndPoints.Clear();
        options.EndPoints.Add(endPoint);
        return options.ToString(includePassword: true);
    }

    /// <summary>The server's own endpoint, as an address.</summary>
    public static IPEndPoint Upstream() => ConfigurationOptions.Parse(RequireConfiguration()).EndPoints[0] switch
    {
        DnsEndPoint dns => new IPEndPoint(dns.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(dns.Host), dns.Port),
        IPEndPoint ip => ip,
        var other => throw new InvalidOperationException($"{Variable} names an endpoint of an unexpected kind ({other.GetType().Name})."),
    };

    /// <summary>The Redis password of <c>TOOLKIT_REDIS</c>, for canaries.</summary>
    public static string? Password() => ConfigurationOptions.Parse(RequireConfiguration()).Password;

    /// <summary>Deletes every key under <paramref name="prefix"/>: what a restart without persistence loses.</summary>
    public static async Task ForgetAsync(string prefix)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(RequireConfiguration());
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        await foreach (var key in server.KeysAsync(pattern: "{" + prefix + "}*"))
        {
            await connection.GetDatabase().KeyDeleteAsync(key);
        }
    }

    /// <summary>Every key under <paramref name="prefix"/>.</summary>
    public static async Task<List<string>> KeysAsync(string prefix)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(RequireConfiguration());
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var keys = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: "{" + prefix + "}*"))
        {
            keys.Add(key.ToString());
        }

        return keys;
    }
}
