using System.Net;
using Entsoe.Transparency.SamplePlatform.Tests.Support;

namespace Entsoe.Transparency.SamplePlatform.Tests.Hosting;

/// <summary>
/// A token sent as the <c>securityToken</c> query parameter reaches no log line of the sample server, even with every
/// level turned up by configuration (ASP.NET Core's hosting log would otherwise print the URL with the query).
/// </summary>
public sealed class HostingLogFilterTests : IDisposable
{
    private const string Query = "documentType=A44&in_Domain=10Y1001A1001A82H&out_Domain=10Y1001A1001A82H&periodStart=202601010000&periodEnd=202601010100";

    private readonly TempDirectory temp = new();
    private readonly TestAccounts accounts;

    public HostingLogFilterTests() => accounts = new TestAccounts(temp);

    public static TheoryData<string, string> LoggingTurnedUp() => new()
    {
        { "Logging:LogLevel:Default", "Trace" },
        { "Logging:LogLevel:Microsoft.AspNetCore", "Information" },
        { "Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Trace" },
        { $"Logging:{typeof(CapturedLogs).FullName}:LogLevel:Default", "Trace" },
        { $"Logging:{typeof(CapturedLogs).FullName}:LogLevel:Microsoft.AspNetCore.Hosting", "Trace" },
    };

    [Theory]
    [MemberData(nameof(LoggingTurnedUp))]
    public async Task Api_TokenInTheQueryWithLoggingTurnedUp_InNoLogLine(string setting, string level)
    {
        var configuration = accounts.Configuration();
        configuration[setting] = level;
        var logs = await CallAsync(configuration, accounts.AliceToken.ToUpperInvariant());

        Assert.DoesNotContain(accounts.AliceToken, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Request starting", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("securityToken", logs, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Api_TokenInTheQuery_OtherAspNetCoreLinesStillLogged()
    {
        var configuration = accounts.Configuration();
        configuration["Logging:LogLevel:Microsoft.AspNetCore"] = "Information";

        var logs = await CallAsync(configuration, accounts.AliceToken);

        // The endpoint's own Information line: the categories around the pinned one are not silenced with it.
        Assert.Contains("Microsoft.AspNetCore.Routing.EndpointMiddleware", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(accounts.AliceToken, logs, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        accounts.Dispose();
        temp.Dispose();
    }

    private static async Task<string> CallAsync(Dictionary<string, string?> configuration, string token)
    {
        await using var server = await SamplePlatformServer.StartAsync(configuration);
        using var http = new HttpClient { BaseAddress = server.Address };

        using var response = await http.GetAsync(new Uri($"/api?securityToken={Uri.EscapeDataString(token)}&{Query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return server.Logs.Text;
    }
}
