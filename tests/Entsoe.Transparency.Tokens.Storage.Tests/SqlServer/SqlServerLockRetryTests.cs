
namespace Entsoe.Transparency.Tokens.Storage.Tests.SqlServer;

public sealed class SqlServerLockRetryTests
{
    private sealed class NumberedException(int number) : Exception($"error {number}")
    {
        public int Number { get; } = number;
    }

    [Theory]
    [InlineData(1222, true)]
    [InlineData(1205, true)]
    [InlineData(2627, false)]
    [InlineData(18456, false)]
    public void IsRetryable_LockTimeoutAndDeadlockOnly(int number, bool expected)
    {
        Assert.Equal(expected, SqlServerLockRetry.IsRetryable(number));
    }

    [Fact]
    public async Task RunAsync_LockTimeoutThenSuccess_WaitsAndReturnsTheResult()
    {
        var time = new ImmediateTimeProvider();
        var retry = new SqlServerLockRetry(time, maxAttempts: 3, baseDelay: TimeSpan.FromMilliseconds(100));
        var attempts = 0;

        var result = await retry.RunAsync(_ => ++attempts == 1 ? throw new NumberedException(1222) : Task.FromResult(7), Number, CancellationToken.None);

        Assert.Equal(7, result);
        Assert.Equal(2, attempts);
        Assert.Equal([TimeSpan.FromMilliseconds(100)], time.Delays);
    }

    [Fact]
    public async Task RunAsync_DeadlockEveryTime_GivesUpAfterMaxAttempts()
    {
        var time = new ImmediateTimeProvider();
        var retry = new SqlServerLockRetry(time, maxAttempts: 3, baseDelay: TimeSpan.FromMilliseconds(100));
        var attempts = 0;

        var error = await Assert.ThrowsAsync<NumberedException>(
            () => retry.RunAsync<int>(_ => { attempts++; throw new NumberedException(1205); }, Number, CancellationToken.None));

        Assert.Equal(1205, error.Number);
        Assert.Equal(3, attempts);
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200)], time.Delays);
    }

    [Fact]
    public async Task RunAsync_OtherError_IsNotRetried()
    {
        var time = new ImmediateTimeProvider();
        var retry = new SqlServerLockRetry(time);
        var attempts = 0;

        await Assert.ThrowsAsync<NumberedException>(() => retry.RunAsync<int>(_ => { attempts++; throw new NumberedException(547); }, Number, CancellationToken.None));

        Assert.Equal(1, attempts);
        Assert.Empty(time.Delays);
    }

    [Fact]
    public void DelayAfter_DoublesPerAttempt()
    {
        var retry = new SqlServerLockRetry(TimeProvider.System, baseDelay: TimeSpan.FromMilliseconds(250));

        Assert.Equal([250d, 500d, 1000d], new[] { 1, 2, 3 }.Select(a => retry.DelayAfter(a).TotalMilliseconds));
    }

    private static int? Number(Exception ex) => (ex as NumberedException)?.Number;
}
