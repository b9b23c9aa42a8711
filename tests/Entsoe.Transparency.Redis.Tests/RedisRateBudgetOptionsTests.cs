namespace Entsoe.Transparency.Redis.Tests;

public class RedisRateBudgetOptionsTests
{
    [Theory]
    [InlineData(null, "entsoe-tp", 500, "Configuration")]
    [InlineData("localhost", "has space", 500, "KeyPrefix")]
    [InlineData("localhost", "entsoe-tp", 0, "OperationTimeout")]
    [InlineData("localhost", "entsoe-tp", 31_000, "OperationTimeout")]
    public void Validate_SettingOutOfRange_NamesIt(string? configuration, string prefix, int timeoutMs, string named)
    {
        var options = new RedisRateBudgetOptions { Configuration = configuration, KeyPrefix = prefix, OperationTimeout = TimeSpan.FromMilliseconds(timeoutMs) };

        var thrown = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(named, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EgressScopeWithAColon_Refused()
    {
        var options = new RedisRateBudgetOptions { Configuration = "localhost", EgressScope = "a:b" };

        Assert.Contains("EgressScope", Assert.Throws<ArgumentException>(options.Validate).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ConfigurationWithPassword_NotShown()
    {
        var canary = "canary-" + Guid.NewGuid().ToString("N");
        var options = new RedisRateBudgetOptions { Configuration = $"localhost:1,password={canary}", EgressScope = "office-nat" };

        using var budget = new RedisRateBudget(options);

        Assert.DoesNotContain(canary, options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(canary, budget.ToString(), StringComparison.Ordinal);
        Assert.Contains("office-nat", budget.ToString(), StringComparison.Ordinal);
    }
}
