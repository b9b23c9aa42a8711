using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Entsoe.Transparency.SamplePlatform.Tests.EndToEnd;

/// <summary>
/// One real <see cref="TransparencyClient"/> calling the data endpoint in a loop with one account's token, judging
/// every answer by the account's <see cref="AccountPhase"/> at the request's start and end.
/// </summary>
public sealed class TrafficClient : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly SecurityTokenCredential credential;
    private readonly TransparencyClient client;
    private readonly ConcurrentQueue<string> violations;
    private volatile int phase;
    private string? newToken;

    public TrafficClient(long account, string token, Uri api, ILoggerFactory logs, ConcurrentQueue<string> violations)
    {
        Account = account;
        this.violations = violations;
        credential = new SecurityTokenCredential(token);
        client = new TransparencyClient(credential, new TransparencyClientOptions { BaseAddress = api, LoggerFactory = logs });
    }

    public long Account { get; }

    public int Successes { get; private set; }

    /// <summary>Old-token requests rejected after the overwrite, each with <see cref="TransparencyAuthenticationException"/>.</summary>
    public int RejectedAfterOverwrite { get; private set; }

    /// <summary>Successful requests with the new token after <c>credential.Update</c>.</summary>
    public int SuccessesAfterUpdate { get; private set; }

    public AccountPhase Phase => (AccountPhase)phase;

    public void BeginOverwrite() => phase = (int)AccountPhase.Overwriting;

    /// <summary>The page answered: from now on the old token must be rejected, and the client switches on its first rejection.</summary>
    public void Overwritten(string token)
    {
        newToken = token;
        phase = (int)AccountPhase.Overwritten;
    }

    /// <summary>Calls the endpoint until <paramref name="stop"/> is cancelled or <paramref name="maxRequests"/> were sent.</summary>
    public async Task RunAsync(int maxRequests, CancellationToken stop)
    {
        for (var i = 0; i < maxRequests && !stop.IsCancellationRequested; i++)
        {
            var before = Phase;
            try
            {
                await client.GetDayAheadPricesAsync(TransparencyAreas.DeLu, Day, Day.AddHours(1), CancellationToken.None);
                Successes++;
                if (before == AccountPhase.Overwritten)
                {
                    violations.Enqueue($"account {Account}: the overwritten token was accepted after the overwrite");
                }

                SuccessesAfterUpdate += before == AccountPhase.Updated ? 1 : 0;
            }
            catch (TransparencyAuthenticationException) when (before == AccountPhase.Overwritten)
            {
                // The old token is dead: the SDK said so; the owner pastes the new token and the same client goes on.
                RejectedAfterOverwrite++;
                credential.Update(newToken!);
                phase = (int)AccountPhase.Updated;
            }
            catch (TransparencyAuthenticationException) when (before == AccountPhase.Overwriting || (before == AccountPhase.Original && Phase != AccountPhase.Original))
            {
                // The overwrite was posted while this request was under way: either answer is right.
            }
            catch (Exception ex)
            {
                violations.Enqueue($"account {Account}: {ex.GetType().Name} in phase {before} (now {Phase}) at {Stopwatch.GetTimestamp()}");
            }
        }
    }

    public void Dispose() => client.Dispose();
}
