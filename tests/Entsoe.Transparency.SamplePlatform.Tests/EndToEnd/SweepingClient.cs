using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.SamplePlatform.Tests.EndToEnd;

/// <summary>
/// One real <see cref="TransparencyClient"/> that presents a different account's pre-migration token on every request
/// (<c>credential.Update</c> before each), so rows are met in every state the migration leaves them in: still
/// plaintext, hashed by the migrator a moment ago, hashed with the older key. Every rejection is a false rejection.
/// </summary>
public sealed class SweepingClient(IReadOnlyList<(long Account, string Token)> accounts, Uri api, ILoggerFactory logs, ConcurrentQueue<string> violations) : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly SecurityTokenCredential credential = new(accounts[0].Token);
    private TransparencyClient? client;

    public int Successes { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        client = new TransparencyClient(credential, new TransparencyClientOptions { BaseAddress = api, LoggerFactory = logs });
        for (var i = 0; i < accounts.Count && !stop.IsCancellationRequested; i++)
        {
            credential.Update(accounts[i].Token);
            try
            {
                await client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Day, Day.AddHours(1), CancellationToken.None);
                Successes++;
            }
            catch (Exception ex)
            {
                violations.Enqueue($"sweep: account {accounts[i].Account}: {ex.GetType().Name}");
            }
        }
    }

    public void Dispose() => client?.Dispose();
}
