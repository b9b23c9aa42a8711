using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;

namespace Entsoe.Transparency;

/// <summary>
/// Names the cause of a failure to reach the platform from the exception chain: refused, reset, DNS, TLS, timeout.
/// It reads only types and error codes, never a message, so nothing the runtime wrote about the URL (whose query may
/// hold the token) can reach the caller through it.
/// </summary>
internal static class NetworkFailure
{
    /// <summary>A sentence fragment such as "the connection was refused (socket error ConnectionRefused, 111)".</summary>
    public static string Describe(Exception exception)
    {
        var socket = Find<SocketException>(exception);
        if (socket is not null && Cause(socket.SocketErrorCode) is { } fromSocket)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{fromSocket} (socket error {socket.SocketErrorCode}, {socket.ErrorCode})");
        }

        if (Find<AuthenticationException>(exception) is not null)
        {
            return "the TLS handshake failed (the server's certificate was not accepted, or no protocol in common)";
        }

        if (Find<HttpRequestException>(exception) is { } http && Cause(http.HttpRequestError) is { } fromHttp)
        {
            return fromHttp;
        }

        if (Find<HttpIOException>(exception) is { } io && Cause(io.HttpRequestError) is { } fromIo)
        {
            return fromIo;
        }

        if (Find<TimeoutException>(exception) is not null || exception is OperationCanceledException)
        {
            return "the connection attempt timed out";
        }

        return socket is not null
            ? string.Create(CultureInfo.InvariantCulture, $"a network error (socket error {socket.SocketErrorCode}, {socket.ErrorCode})")
            : $"a network error ({exception.GetType().Name})";
    }

    private static string? Cause(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "the connection was refused (nothing listens at that address and port, or a firewall rejects it)",
        SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown => "the connection was reset by the server or a proxy",
        SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "the host name could not be resolved (DNS)",
        SocketError.TimedOut => "the connection attempt timed out",
        SocketError.NetworkUnreachable or SocketError.HostUnreachable or SocketError.NetworkDown => "the network or the host is unreachable",
        _ => null,
    };

    private static string? Cause(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "the host name could not be resolved (DNS)",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed (the server's certificate was not accepted, or no protocol in common)",
        HttpRequestError.ResponseEnded => "the connection was reset: the server closed it before the response was complete",
        HttpRequestError.ConnectionError => "the connection could not be established",
        HttpRequestError.ProxyTunnelError => "the proxy refused to open a tunnel to the platform",
        HttpRequestError.InvalidResponse => "the server's answer was not valid HTTP",
        _ => null,
    };

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }
}
