using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Entsoe.Transparency.Redis;

/// <summary>Settings of a <see cref="RedisRateBudget"/>. Read once, when the budget is created.</summary>
public sealed partial class RedisRateBudgetOptions
{
    /// <summary>
    /// A StackExchange.Redis configuration string, such as <c>localhost:6379</c> or
    /// <c>redis.internal:6380,ssl=true,password=…</c>. It may hold a password: keep it in the environment or a secret
    /// store. It is never logged, and nothing this package throws repeats it. Ignored when <see cref="Connection"/> is set.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>A connection the application already has (default null: the budget opens and owns its own).</summary>
    public IConnectionMultiplexer? Connection { get; set; }

    /// <summary>
    /// An optional second scope, shared by every process behind one public IP address whatever token it uses (the
    /// platform also counts per IP address), such as <c>"office-nat"</c>. A request then needs a permit from both its
    /// token's scope and this one. Letters, digits, <c>.</c>, <c>_</c> and <c>-</c>, at most 64.
    /// </summary>
    public string? EgressScope { get; set; }

    /// <summary>
    /// The prefix of every key, also their Redis Cluster hash tag (<c>{prefix}</c>), so one script can touch both scopes
    /// (default <c>entsoe-tp</c>). Same characters as <see cref="EgressScope"/>.
    /// </summary>
    public string KeyPrefix { get; set; } = "entsoe-tp";

    /// <summary>What a request does while Redis cannot be reached or is slow (default: fall back to the local limiter).</summary>
    public RedisUnavailableBehavior WhenUnavailable { get; set; } = RedisUnavailableBehavior.FallBackToLocal;

    /// <summary>The longest one Redis call may take before Redis counts as unavailable (default 500 ms, at most 30 s).</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The longest a request waits for the first connection to Redis (default 5 s, at most 60 s), and the longest a call
    /// may take until Redis has answered and for this long after it first did: a fresh process spends its first second or
    /// so compiling its first requests, and its calls then wait for a thread. After that each call has
    /// <see cref="OperationTimeout"/>. Connecting starts when the budget is created.
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after a failed call the next request tries Redis again (default 2 s).</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long an attempt may hold a shared slot without its end being recorded, after which it counts as ended
    /// then (default 330 s: the platform's 300 s cut-off and a margin). This is what frees the slots of a process that
    /// crashed mid-attempt; it must be longer than the client's <see cref="TransparencyClientOptions.AttemptTimeout"/>.
    /// </summary>
    public TimeSpan InFlightTimeout { get; set; } = TransparencyClientOptions.MaxAttemptTimeout + TimeSpan.FromSeconds(30);

    /// <summary>The clock of Redis call timeouts and probes (default <see cref="TimeProvider.System"/>); waits for a permit use the client's.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Where the budget's log lines go (none when null). No line holds a token or a password.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Creates the budget's meter (a shared static meter when null).</summary>
    public IMeterFactory? MeterFactory { get; set; }

    /// <summary>Throws when a setting is out of range, naming every problem.</summary>
    /// <exception cref="ArgumentException">At least one setting is invalid.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (Connection is null && string.IsNullOrWhiteSpace(Configuration))
        {
            problems.Add("Set Configuration (a StackExchange.Redis configuration string) or Connection.");
        }

        if (EgressScope is not null && !ScopeName().IsMatch(EgressScope))
        {
            problems.Add("EgressScope must be 1 to 64 letters, digits, '.', '_' or '-'.");
        }

        if (KeyPrefix is null || !ScopeName().IsMatch(KeyPrefix))
        {
            problems.Add("KeyPrefix must be 1 to 64 letters, digits, '.', '_' or '-'.");
        }

        if (!Enum.IsDefined(WhenUnavailable))
        {
            problems.Add("WhenUnavailable must be FallBackToLocal or FailClosed.");
        }

        if (OperationTimeout <= TimeSpan.Zero || OperationTimeout > TimeSpan.FromSeconds(30))
        {
            problems.Add($"OperationTimeout must be positive and at most 30 s; it is {OperationTimeout}.");
        }

        if (ConnectTimeout <= TimeSpan.Zero || ConnectTimeout > TimeSpan.FromSeconds(60))
        {
            problems.Add($"ConnectTimeout must be positive and at most 60 s; it is {ConnectTimeout}.");
        }

        if (ProbeInterval <= TimeSpan.Zero)
        {
            problems.Add("ProbeInterval must be positive.");
        }

        if (InFlightTimeout < TimeSpan.FromSeconds(1))
        {
            problems.Add("InFlightTimeout must be at least 1 s.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid RedisRateBudgetOptions: " + string.Join(" ", problems));
        }
    }

    /// <summary>Describes the settings, never the configuration string.</summary>
    public override string ToString() =>
        $"RedisRateBudgetOptions(prefix {KeyPrefix}, egress {EgressScope ?? "none"}, {WhenUnavailable}, timeout {OperationTimeout})";

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ScopeName();
}
