namespace Entsoe.Transparency.Tokens.Tests.Hashing;

public sealed class HmacKeyTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Compute_OnManyShortLivedThreads_ContextsOfEndedThreadsAreNotKept()
    {
        using var key = new HmacKey("k2026", Key);
        var digest = new byte[32];
        key.Compute("warm-up"u8, digest);

        for (var i = 0; i < 64; i++)
        {
            var thread = new Thread(() => key.Compute("token"u8, new byte[32]));
            thread.Start();
            thread.Join();
        }

        // Ended threads release their slot; after a collection the registry prunes them on the next registration.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var last = new Thread(() => key.Compute("token"u8, new byte[32]));
        last.Start();
        last.Join();

        Assert.True(key.RegisteredContexts < 32, $"{key.RegisteredContexts} contexts still registered after 65 threads");
    }

    [Fact]
    public void Dispose_WithContextsOnOtherThreads_LaterUseThrowsObjectDisposed()
    {
        var key = new HmacKey("k2026", Key);
        var thread = new Thread(() => key.Compute("token"u8, new byte[32]));
        thread.Start();
        thread.Join();
        key.Compute("token"u8, new byte[32]);

        key.Dispose();
        key.Dispose();

        Assert.Throws<ObjectDisposedException>(() => key.Compute("token"u8, new byte[32]));
        Assert.Equal(0, key.RegisteredContexts);
    }

    [Fact]
    public void CopyMidstates_AfterDispose_ThrowsObjectDisposed()
    {
        var key = new HmacKey("k2026", Key);
        var midstates = new uint[HmacKey.MidstateWords];
        key.CopyMidstates(midstates);

        key.Dispose();

        Assert.Throws<ObjectDisposedException>(() => key.CopyMidstates(midstates));
    }
}
