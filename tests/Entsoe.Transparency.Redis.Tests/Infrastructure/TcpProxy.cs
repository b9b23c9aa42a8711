using System.Net;
using System.Net.Sockets;

namespace Entsoe.Transparency.Redis.Tests.Infrastructure;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of the test Redis, so a test can take Redis away without touching the server
/// other tests use: <see cref="Stall"/> stops forwarding (a Redis that does not answer), <see cref="Down"/> closes every
/// connection and refuses new ones (a stopped Redis), <see cref="Up"/> forwards again.
/// </summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint upstream;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<TcpClient> connections = [];
    private readonly Task accepting;
    private TaskCompletionSource flowing = NewOpenGate();
    private volatile bool down;

    public TcpProxy(IPEndPoint upstream)
    {
        this.upstream = upstream;
        listener.Start();
        accepting = AcceptAsync();
    }

    public IPEndPoint EndPoint => (IPEndPoint)listener.LocalEndpoint;

    public void Stall()
    {
        lock (gate)
        {
            flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Down()
    {
        down = true;
        lock (gate)
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }

            connections.Clear();
        }
    }

    public void Up()
    {
        down = false;
        lock (gate)
        {
            flowing.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Down();
        Up();
        try
        {
            await accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        stopping.Dispose();
    }

    private static TaskCompletionSource NewOpenGate()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            if (down)
            {
                client.Dispose();
                continue;
            }

            var server = new TcpClient();
            try
            {
                await server.ConnectAsync(upstream, stopping.Token);
            }
            catch (SocketException)
            {
                client.Dispose();
                server.Dispose();
                continue;
            }

            lock (gate)
            {
                connections.Add(client);
                connections.Add(server);
            }

            _ = PumpAsync(client, server);
            _ = PumpAsync(server, client);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            var source = from.GetStream();
            var target = to.GetStream();
            while (true)
            {
                var read = await source.ReadAsync(buffer, stopping.Token);
                if (read == 0)
                {
                    break;
                }

                Task open;
                lock (gate)
                {
                    open = flowing.Task;
                }

                await open.WaitAsync(stopping.Token);
                if (down)
                {
                    break;
                }

                await target.WriteAsync(buffer.AsMemory(0, read), stopping.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // A closed side ends the pair.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
