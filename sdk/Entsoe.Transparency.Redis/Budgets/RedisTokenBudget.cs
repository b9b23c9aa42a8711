using System.Threading.RateLimiting;

namespace Entsoe.Transparency.Redis;

/// <summary>
/// One token's budget on Redis. An attempt takes a permit from the process's own limiter of the token first, then from
/// the process's own limiter of the egress scope (when there is one: <paramref name="egress"/>, shared by every token of
/// the process), then a slot in every shared scope; its lease ends them all. So each process keeps both limits by
/// itself whatever Redis does (no burst when Redis goes away: the local limiters have counted every recent attempt of
/// this process), and the fleet keeps them while Redis answers. One request of this process at a time talks to Redis
/// for the token, in arrival order.
/// </summary>
internal sealed class RedisTokenBudget(
    RedisRateBudget owner,
    BudgetKeys keys,
    ScopeLimits limits,
    TimeProvider time,
    ITransparencyRateBudget local,
    ITransparencyRateBudget? egress) : ITransparencyRateBudget
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async ValueTask<RateLimitLease> AcquireAsync(TimeSpan maxBanWait, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var localLease = await AcquireLocalAsync(maxBanWait, cancellationToken).ConfigureAwait(false);
        if (!localLease.IsAcquired)
        {
            return localLease;
        }

        try
        {
            var shared = await AcquireSharedAsync(started, maxBanWait, cancellationToken).ConfigureAwait(false);
            if (shared is not { } grant)
            {
                return localLease;
            }

            return new ArrivalSlotLease(grant.At, () =>
            {
                localLease.Dispose();
                owner.EndInBackground(keys, grant.LeaseId);
            });
        }
        catch
        {
            localLease.Dispose();
            throw;
        }
    }

    // The token's local permit, then the egress scope's: one lease that ends both, or the one that was refused.
    private async ValueTask<RateLimitLease> AcquireLocalAsync(TimeSpan maxBanWait, CancellationToken cancellationToken)
    {
        var tokenLease = await local.AcquireAsync(maxBanWait, cancellationToken).ConfigureAwait(false);
        if (egress is null || !tokenLease.IsAcquired)
        {
            return tokenLease;
        }

        RateLimitLease egressLease;
        try
        {
            egressLease = await egress.AcquireAsync(maxBanWait, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A wait cancelled here still ends the token's attempt: its slot counts for one window, erring on the side
            // of the limit (a granted slot cannot be handed back unused).
            tokenLease.Dispose();
            throw;
        }

        if (!egressLease.IsAcquired)
        {
            tokenLease.Dispose();
            return egressLease;
        }

        // The grant time on the token limiter's clock, as when the token's lease is returned alone.
        var at = (tokenLease as ArrivalSlotLease)?.GrantedAt ?? TimeSpan.Zero;
        return new ArrivalSlotLease(at, () =>
        {
            egressLease.Dispose();
            tokenLease.Dispose();
        });
    }

    public void Pause(TimeSpan duration, DateTimeOffset until)
    {
        local.Pause(duration, until);
        owner.PauseInBackground(keys, duration, until);
    }

    public override string ToString() => $"RedisTokenBudget({limits.PermitLimit} per {TimeSpan.FromMicroseconds(limits.WindowMicros)}, {keys.Scopes} scope(s))";

    // The shared grant, or null when the local permit alone goes (Redis unavailable, falling back).
    private async Task<(string LeaseId, TimeSpan At)?> AcquireSharedAsync(long started, TimeSpan maxBanWait, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                if (!owner.Availability.TryUse())
                {
                    return owner.Unavailable(null);
                }

                var leaseId = owner.NewLeaseId();
                AcquireOutcome outcome;
                try
                {
                    outcome = await owner.AcquireAsync(keys, leaseId, limits, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    // The script may have run after all (the answer was late or the wait cancelled): end the lease, so
                    // its slot counts for one window from now instead of staying in flight until its deadline.
                    owner.EndInBackground(keys, leaseId);
                    if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }

                    return owner.Unavailable(ex);
                }

                owner.Availability.Succeeded();
                var wait = TimeSpan.FromMicroseconds(outcome.Micros);
                switch (outcome.Kind)
                {
                    case AcquireKind.Granted:
                        return (leaseId, TimeSpan.FromMicroseconds(outcome.Micros));
                    case AcquireKind.Banned:
                        // Another process was told of a ban: this process's other waiters learn it from the local limiter.
                        var until = DateTimeOffset.FromUnixTimeMilliseconds(outcome.BannedUntilUnixMs);
                        local.Pause(wait, until);
                        if (wait > maxBanWait - time.GetElapsedTime(started))
                        {
                            throw new TokenBannedException(until);
                        }

                        break;
                    default:
                        break;
                }

                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
