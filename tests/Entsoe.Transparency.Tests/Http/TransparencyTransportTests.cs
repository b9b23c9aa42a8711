using System.Net;

namespace Entsoe.Transparency.Tests.Http;

public class TransparencyTransportTests
{
    [Fact]
    public void CreateHandler_Placement_PutsTheTokenHandlerDirectlyOverTheSocketHandler()
    {
        using var handler = TransparencyTransport.CreateHandler(new SecurityTokenCredential(Guid.NewGuid().ToString()), TokenPlacement.Header);

        var tokenHandler = Assert.IsType<SecurityTokenHandler>(handler);
        var sockets = Assert.IsType<SocketsHttpHandler>(tokenHandler.InnerHandler);
        Assert.Equal(TimeSpan.FromMinutes(5), sockets.PooledConnectionLifetime);
        Assert.Equal(DecompressionMethods.All, sockets.AutomaticDecompression);
        Assert.Equal(TimeSpan.FromSeconds(30), sockets.ConnectTimeout);
    }

    [Fact]
    public void CreateHttpClient_Options_LeavesTimeoutsToThePipeline()
    {
        using var client = TransparencyTransport.CreateHttpClient(new SecurityTokenCredential(Guid.NewGuid().ToString()), new TransparencyClientOptions());

        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }
}
