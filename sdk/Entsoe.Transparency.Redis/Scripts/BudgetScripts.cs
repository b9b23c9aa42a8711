using StackExchange.Redis;

namespace Entsoe.Transparency.Redis;

/// <summary>
/// The three atomic steps of the shared budget, each one Lua script run on Redis's own clock (<c>TIME</c>), so the
/// processes of a fleet never compare clocks of their own. Times are microseconds since the Unix epoch; they are
/// passed to Redis through <c>string.format('%.0f')</c>, because Lua's own number-to-string conversion keeps 14 digits.
/// </summary>
/// <remarks>
/// The slot rule is the SDK's (<see cref="ArrivalSlotLease"/>): a grant adds the lease to the scope's in-flight set
/// with a deadline; its end moves it to the ended set, scored with the end; an ended lease counts until one window
/// after its end; at most <c>limit</c> leases count at any instant. A lease whose deadline passes (its process
/// crashed mid-attempt) counts as ended at its deadline. Pacing is GCRA (ITU-T I.371) on one theoretical arrival time
/// per scope, as in the local limiter.
/// </remarks>
internal static class BudgetScripts
{
    // KEYS[1] ban hash of the token; then per scope: ended set, in-flight set, pace.
    // ARGV[1] lease id, ARGV[2] in-flight deadline (µs), ARGV[3] key lifetime (ms); per scope: limit, window (µs),
    // emission interval (µs), burst tolerance (µs).
    // Returns {0, now} granted, {1, wait} not yet, {2, wait, until (Unix ms)} banned.
    private const string Acquire = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local function s(x) return string.format('%.0f', x) end
        local ban = redis.call('HMGET', KEYS[1], 'pause', 'until')
        local pause = tonumber(ban[1])
        if pause and pause > now then
          return {2, s(pause - now), ban[2] or '0'}
        end
        local scopes = (#KEYS - 1) / 3
        local wait = 0
        local tats = {}
        for i = 0, scopes - 1 do
          local ended_key, flight_key, pace_key = KEYS[2 + 3 * i], KEYS[3 + 3 * i], KEYS[4 + 3 * i]
          local limit = tonumber(ARGV[4 + 4 * i])
          local window = tonumber(ARGV[5 + 4 * i])
          local emission = tonumber(ARGV[6 + 4 * i])
          local tolerance = tonumber(ARGV[7 + 4 * i])
          local stale = redis.call('ZRANGEBYSCORE', flight_key, '-inf', '(' .. s(now), 'WITHSCORES')
          for j = 1, #stale, 2 do
            redis.call('ZADD', ended_key, stale[j + 1], stale[j])
            redis.call('ZREM', flight_key, stale[j])
          end
          redis.call('ZREMRANGEBYSCORE', ended_key, '-inf', '(' .. s(now - window))
          local ended = redis.call('ZCARD', ended_key)
          local taken = ended + redis.call('ZCARD', flight_key)
          local w = 0
          if taken >= limit then
            local k = taken - limit
            if k < ended then
              local oldest = redis.call('ZRANGE', ended_key, k, k, 'WITHSCORES')
              w = tonumber(oldest[2]) + window + 1 - now
            else
              w = emission
            end
          end
          local tat = tonumber(redis.call('GET', pace_key) or '0')
          if tat - tolerance - now > w then
            w = tat - tolerance - now
          end
          if w > wait then
            wait = w
          end
          tats[i] = tat
        end
        if wait > 0 then
          return {1, s(wait)}
        end
        for i = 0, scopes - 1 do
          local emission = tonumber(ARGV[6 + 4 * i])
          redis.call('ZADD', KEYS[3 + 3 * i], s(now + tonumber(ARGV[2])), ARGV[1])
          redis.call('SET', KEYS[4 + 3 * i], s(math.max(tats[i], now) + emission), 'PX', ARGV[3])
          redis.call('PEXPIRE', KEYS[2 + 3 * i], ARGV[3])
          redis.call('PEXPIRE', KEYS[3 + 3 * i], ARGV[3])
        end
        return {0, s(now)}
        """;

    // KEYS per scope: ended set, in-flight set. ARGV[1] lease id, ARGV[2] key lifetime (ms).
    // A lease not in flight is left alone unless it already counts as ended (its deadline passed): then its end moves
    // to now, later and so safer.
    private const string End = """
        local t = redis.call('TIME')
        local now = string.format('%.0f', tonumber(t[1]) * 1000000 + tonumber(t[2]))
        for i = 0, #KEYS / 2 - 1 do
          local ended_key, flight_key = KEYS[1 + 2 * i], KEYS[2 + 2 * i]
          if redis.call('ZREM', flight_key, ARGV[1]) == 1 or redis.call('ZSCORE', ended_key, ARGV[1]) then
            redis.call('ZADD', ended_key, now, ARGV[1])
            redis.call('PEXPIRE', ended_key, ARGV[2])
          end
        end
        return 1
        """;

    // KEYS[1] ban hash. ARGV[1] pause from now (µs), ARGV[2] the ban's announced end (Unix ms). A longer pause wins.
    private const string Pause = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local pause = now + tonumber(ARGV[1])
        local old = tonumber(redis.call('HGET', KEYS[1], 'pause') or '0')
        if pause > old then
          redis.call('HSET', KEYS[1], 'pause', string.format('%.0f', pause), 'until', ARGV[2])
          redis.call('PEXPIRE', KEYS[1], string.format('%.0f', math.floor(tonumber(ARGV[1]) / 1000) + 60000))
        end
        return 1
        """;

    public static async Task<AcquireOutcome> AcquireAsync(IDatabaseAsync database, BudgetKeys keys, string leaseId, ScopeLimits limits, long inFlightMicros, long keyLifetimeMs)
    {
        var values = new RedisValue[3 + (4 * keys.Scopes)];
        values[0] = leaseId;
        values[1] = inFlightMicros;
        values[2] = keyLifetimeMs;
        for (var i = 0; i < keys.Scopes; i++)
        {
            values[3 + (4 * i)] = limits.PermitLimit;
            values[4 + (4 * i)] = limits.WindowMicros;
            values[5 + (4 * i)] = limits.EmissionMicros;
            values[6 + (4 * i)] = limits.BurstToleranceMicros;
        }

        var result = (RedisResult[])(await database.ScriptEvaluateAsync(Acquire, keys.Acquire, values).ConfigureAwait(false))!;
        return new AcquireOutcome((AcquireKind)(long)result[0], (long)result[1], result.Length > 2 ? (long)result[2] : 0);
    }

    public static Task<RedisResult> EndAsync(IDatabaseAsync database, BudgetKeys keys, string leaseId, long keyLifetimeMs) =>
        database.ScriptEvaluateAsync(End, keys.End, [leaseId, keyLifetimeMs]);

    public static Task<RedisResult> PauseAsync(IDatabaseAsync database, BudgetKeys keys, long pauseMicros, long untilUnixMs) =>
        database.ScriptEvaluateAsync(Pause, [keys.Ban], [pauseMicros, untilUnixMs]);
}
