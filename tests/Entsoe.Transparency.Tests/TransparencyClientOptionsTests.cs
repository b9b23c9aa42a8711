namespace Entsoe.Transparency.Tests;

public class TransparencyClientOptionsTests
{
    [Fact]
    public void Defaults_ProductionHeaderAndPlatformLimits()
    {
        var options = new TransparencyClientOptions();

        Assert.Equal(new Uri("https://web-api.tp.entsoe.eu/api"), options.BaseAddress);
        Assert.Equal(TokenPlacement.Header, options.TokenPlacement);
        Assert.Equal(400, options.RateLimit.PermitLimit);
        Assert.Equal(TimeSpan.FromSeconds(60), options.RateLimit.Window);
        Assert.True(options.AttemptTimeout <= TimeSpan.FromSeconds(300));
        options.Validate();
    }

    [Fact]
    public void Validate_SeveralProblems_NamesEachOne()
    {
        var options = new TransparencyClientOptions
        {
            BaseAddress = new Uri("https://example.test/api?securityToken=x"),
            AttemptTimeout = TimeSpan.FromMinutes(6),
        };
        options.Retry.MaxRetries = 11;
        options.RateLimit.Burst = 0;

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("BaseAddress", error.Message, StringComparison.Ordinal);
        Assert.Contains("AttemptTimeout", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxRetries", error.Message, StringComparison.Ordinal);
        Assert.Contains("Burst", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        var options = new TransparencyClientOptions { TotalTimeout = TimeSpan.FromSeconds(5) };

        Assert.Throws<ArgumentException>(() => new TransparencyClient(new SecurityTokenCredential("0c5e2f8a-6b1d-4c3e-9f7a-2d4b6e8f0a1c"), options));
    }

    [Fact]
    public void Endpoints_TestEndpoint_IsTheIopPlatform()
    {
        Assert.Equal(new Uri("https://web-api.tp-iop.entsoe.eu/api"), TransparencyEndpoints.Test);
    }
}
