using Entsoe.Transparency.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Entsoe.Transparency.Redis.Tests.Budgets;

/// <summary>The slot rule on Redis, step by step: held in flight, counted from the end, freed after a crash.</summary>
public class BudgetScriptsTests
{
    private const long InFlightMicros = 30_000_000;
    private const long Lifetime = 120_000;

    [RedisFact]
    public async Task AcquireAsync_EverySlotInFlight_NoGrantUntilAnAttemptEndsAndAWindowMore()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(RedisEnvironment.RequireConfiguration());
        var database = connection.GetDatabase();
        var keys = new BudgetKeys(RedisEnvironment.NewPrefix(), Guid.NewGuid().ToString(), null);
        var limits = new ScopeLimits(2, 400_000, 1, 1);

        var first = await BudgetScripts.AcquireAsync(database, keys, "a", limits, InFlightMicros, Lifetime);
        var second = await BudgetScripts.AcquireAsync(database, keys, "b", limits, InFlightMicros, Lifetime);
        var whileInFlight = await BudgetScripts.AcquireAsync(database, keys, "c", limits, InFlightMicros, Lifetime);
        await BudgetScripts.EndAsync(database, keys, "a", Lifetime);
        var afterEnd = await BudgetScripts.AcquireAsync(database, keys, "c", limits, InFlightMicros, Lifetime);

        Assert.Equal(AcquireKind.Granted, first.Kind);
        Assert.Equal(AcquireKind.Granted, second.Kind);
        Assert.Equal(AcquireKind.Wait, whileInFlight.Kind);

        // The ended slot is free one window after the end, not after the grant.
        Assert.Equal(AcquireKind.Wait, afterEnd.Kind);
        Assert.InRange(afterEnd.Micros, 1, 400_001);
        var granted = await PollAsync(database, keys, "c", limits, InFlightMicros);
        Assert.Equal(AcquireKind.Granted, granted.Kind);
    }

    [RedisFact]
    public async Task AcquireAsync_LeaseNeverEnded_SlotFreedAfterItsDeadlineAndAWindow()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(RedisEnvironment.RequireConfiguration());
        var database = connection.GetDatabase();
        var keys = new BudgetKeys(RedisEnvironment.NewPrefix(), Guid.NewGuid().ToString(), null);
        var limits = new ScopeLimits(1, 200_000, 1, 0);

        // A process that crashed mid-attempt: granted, never ended.
        var crashed = await BudgetScripts.AcquireAsync(database, keys, "crashed", limits, 300_000, Lifetime);
        var next = await PollAsync(database, keys, "next", limits, 300_000);

        Assert.Equal(AcquireKind.Granted, crashed.Kind);
        Assert.Equal(AcquireKind.Granted, next.Kind);
        Assert.True(next.Micros - crashed.Micros > 500_000, $"freed {next.Micros - crashed.Micros} µs after the grant, before its deadline and a window");
    }

    [RedisFact]
    public async Task AcquireAsync_AfterPause_BannedWithTheAnnouncedEnd()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(RedisEnvironment.RequireConfiguration());
        var database = connection.GetDatabase();
        var keys = new BudgetKeys(RedisEnvironment.NewPrefix(), Guid.NewGuid().ToString(), "office-nat");
        var until = DateTimeOffset.UtcNow.AddMinutes(10);

        await BudgetScripts.PauseAsync(database, keys, 600_000_000, until.ToUnixTimeMilliseconds());
        var outcome = await BudgetScripts.AcquireAsync(database, keys, "a", new ScopeLimits(40, 6_000_000, 150_000, 0), InFlightMicros, Lifetime);

        Assert.Equal(AcquireKind.Banned, outcome.Kind);
        Assert.Equal(until.ToUnixTimeMilliseconds(), outcome.BannedUntilUnixMs);
        Assert.InRange(outcome.Micros, 1, 600_000_000);
    }

    // Asks again after each wait the script names; bounded in count.
    private static async Task<AcquireOutcome> PollAsync(IDatabase database, BudgetKeys keys, string lease, ScopeLimits limits, long inFlightMicros)
    {
        var outcome = default(AcquireOutcome);
        for (var i = 0; i < 200; i++)
        {
            outcome = await BudgetScripts.AcquireAsync(database, keys, lease, limits, inFlightMicros, Lifetime);
            if (outcome.Kind != AcquireKind.Wait)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMicroseconds(Math.Max(outcome.Micros, 1000)));
        }

        return outcome;
    }
}
