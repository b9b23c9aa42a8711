using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Entsoe.Transparency.Redis.TestHost;
using Entsoe.Transparency.Redis.Tests.Infrastructure;

namespace Entsoe.Transparency.Redis.Tests.Diagnostics;

/// <summary>Neither the Redis password nor the token shows anywhere: log lines, exceptions, descriptions, Redis keys.</summary>
public class LeakCanaryTests
{
    [RedisFact]
    public async Task QueryAsync_WrongPasswordOrNoServer_PasswordInNoLogLineExceptionOrDescription()
    {
        var canary = "canary-" + Guid.NewGuid().ToString("N");
        using var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var closedPort = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var upstream = RedisEnvironment.Upstream();
        string[] configurations =
        [
            $"{upstream.Address}:{upstream.Port},password={canary}",
            $"127.0.0.1:{closedPort},password={canary},user=default",
        ];
        await using var platform = await LoopbackPlatform.StartAsync();

        foreach (var behaviour in new[] { RedisUnavailableBehavior.FailClosed, RedisUnavailableBehavior.FallBackToLocal })
        {
            foreach (var configuration in configurations)
            {
                using var telemetry = new Telemetry();
                var options = InProcessFleet.Options(platform.Api, 20, TimeSpan.FromSeconds(2), 5, telemetry);
                using var budget = options.UseRedisRateBudget(configuration, r =>
                {
                    r.KeyPrefix = RedisEnvironment.NewPrefix();
                    r.WhenUnavailable = behaviour;
                    r.ConnectTimeout = TimeSpan.FromSeconds(1);
                });
                using var client = new TransparencyClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), options);
                var seen = new StringBuilder().AppendLine(budget.ToString()).AppendLine(options.ToString());
                try
                {
                    await client.QueryAsync(FleetWorker.Query());
                    Assert.Equal(RedisUnavailableBehavior.FallBackToLocal, behaviour);
                }
                catch (TransparencyRateBudgetUnavailableException ex)
                {
                    Assert.Equal(RedisUnavailableBehavior.FailClosed, behaviour);
                    seen.AppendLine(ex.ToString());
                }

                seen.AppendLine(telemetry.AllText);
                Assert.True(telemetry.Lines.Count > 0, "nothing was logged, so nothing was checked");
                Assert.DoesNotContain(canary, seen.ToString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Constructor_ConfigurationThatDoesNotParse_MessageDoesNotRepeatIt()
    {
        var canary = "canary-" + Guid.NewGuid().ToString("N");

        var thrown = Assert.Throws<ArgumentException>(() => new RedisRateBudget(new RedisRateBudgetOptions { Configuration = $"localhost,password={canary},nonsense{canary}=1" }));

        Assert.DoesNotContain(canary, thrown.ToString(), StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task QueryAsync_KeysInRedis_NameTheTokenOnlyByAOneWayValue()
    {
        var token = Guid.NewGuid().ToString();
        var prefix = RedisEnvironment.NewPrefix();
        await using var platform = await LoopbackPlatform.StartAsync();
        var options = InProcessFleet.Options(platform.Api, 20, TimeSpan.FromSeconds(2), 5);
        using (options.UseRedisRateBudget(RedisEnvironment.RequireConfiguration(), r => r.KeyPrefix = prefix))
        {
            using var client = new TransparencyClient(new SecurityTokenCredential(token), options);
            await client.QueryAsync(FleetWorker.Query());
        }

        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        string[] forbidden =
        [
            token, token.ToUpperInvariant(), token.Replace("-", string.Empty, StringComparison.Ordinal),
            Convert.ToHexString(digest), Convert.ToHexStringLower(digest), Convert.ToBase64String(digest).TrimEnd('='),
            Convert.ToBase64String(digest).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
        ];
        var keys = await RedisEnvironment.KeysAsync(prefix);
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.All(forbidden, value => Assert.DoesNotContain(value, key, StringComparison.OrdinalIgnoreCase)));
    }
}
