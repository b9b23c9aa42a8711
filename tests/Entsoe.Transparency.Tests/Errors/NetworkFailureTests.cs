using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using Entsoe.Transparency.Tests.Infrastructure;

namespace Entsoe.Transparency.Tests.Errors;

/// <summary>A failure to reach the platform names its cause, read from the exception chain's types and codes, never from a message.</summary>
public class NetworkFailureTests
{
    private const string Token = "5d0c7a9e-3f1b-4e2d-8c6a-9b7e1f3d5a20";

    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task QueryAsync_NobodyListensOnThePort_SaysTheConnectionWasRefused(TokenPlacement placement)
    {
        var port = UnusedLoopbackPort();
        var options = new TransparencyClientOptions { BaseAddress = new Uri($"http://127.0.0.1:{port}/api"), TokenPlacement = placement };
        options.Retry.MaxRetries = 0;
        using var client = new TransparencyClient(new SecurityTokenCredential(Token), options);

        var error = await Assert.ThrowsAsync<TransparencyException>(() => client.QueryAsync(ScenarioRunner.DefaultQuery()));

        Assert.Contains($"Could not reach the Transparency Platform at 127.0.0.1:{port}: the connection was refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("socket error ConnectionRefused", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("An error occurred while sending the request", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(TokenPlacement.Header)]
    [InlineData(TokenPlacement.QueryParameter)]
    public async Task QueryAsync_ServerResetsEveryConnection_SaysTheConnectionWasReset(TokenPlacement placement)
    {
        var result = await ScenarioRunner.RunAsync(Scenarios.ResetAlways, placement);

        var error = result.ErrorOf<TransparencyException>();
        Assert.Contains(": the connection was reset", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 4 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.All(result.PublicTexts, t => Assert.DoesNotContain(result.Token, t, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Describe_NameNotResolved_SaysDns()
    {
        var error = new HttpRequestException(HttpRequestError.NameResolutionError, "No such host is known. (web-api.tp.entsoe.eu:443)", new SocketException((int)SocketError.HostNotFound));

        Assert.StartsWith("the host name could not be resolved (DNS)", NetworkFailure.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_CertificateRejected_SaysTls()
    {
        var error = new HttpRequestException(
            HttpRequestError.SecureConnectionError,
            "The SSL connection could not be established, see inner exception.",
            new AuthenticationException("The remote certificate is invalid according to the validation procedure."));

        Assert.StartsWith("the TLS handshake failed", NetworkFailure.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ConnectTimeout_SaysTimedOut()
    {
        var error = new TaskCanceledException("The operation was canceled.", new TimeoutException("A connection could not be established within the configured ConnectTimeout."));

        Assert.Equal("the connection attempt timed out", NetworkFailure.Describe(error));
    }

    [Fact]
    public void Describe_MessageQuotingTheUrl_NeverRepeatsIt()
    {
        var error = new HttpRequestException("Failed for https://web-api.tp.entsoe.eu/api?securityToken=" + Token, new SocketException((int)SocketError.ConnectionReset));

        var cause = NetworkFailure.Describe(error);

        Assert.StartsWith("the connection was reset", cause, StringComparison.Ordinal);
        Assert.DoesNotContain("securityToken", cause, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, cause, StringComparison.Ordinal);
    }

    private static int UnusedLoopbackPort()
    {
        // The OS hands out a free port; once the listener stops, nothing listens there.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
