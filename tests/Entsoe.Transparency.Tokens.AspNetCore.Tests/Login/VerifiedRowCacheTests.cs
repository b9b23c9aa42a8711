using Entsoe.Transparency.Tokens.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Entsoe.Transparency.Tokens.AspNetCore.Tests.Login;

public sealed class VerifiedRowCacheTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);
    private static readonly StoredRow Row1 = new(RowKey.FromInteger(1), "$hmac-sha256$k=k1$one", null);
    private static readonly StoredRow Row2 = new(RowKey.FromInteger(2), "$hmac-sha256$k=k1$two", null);

    private readonly FakeTimeProvider time = new();

    [Fact]
    public void TryGet_WithinLifetime_ReturnsTheRow()
    {
        var cache = new VerifiedRowCache(Lifetime, 10, time);
        cache.Add(Row1.Token!, Row1, cache.Generation);
        time.Advance(Lifetime - TimeSpan.FromTicks(1));

        Assert.True(cache.TryGet(Row1.Token!, out var row));
        Assert.Equal(Row1, row);
    }

    [Fact]
    public void TryGet_AfterLifetime_MissesAndForgets()
    {
        var cache = new VerifiedRowCache(Lifetime, 10, time);
        cache.Add(Row1.Token!, Row1, cache.Generation);
        time.Advance(Lifetime);

        Assert.False(cache.TryGet(Row1.Token!, out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Add_ReadBeganBeforeAnInvalidation_NotKept()
    {
        var cache = new VerifiedRowCache(Lifetime, 10, time);
        var seen = cache.Generation;
        cache.Invalidate(RowKey.FromInteger(99));

        cache.Add(Row1.Token!, Row1, seen);

        Assert.False(cache.TryGet(Row1.Token!, out _));
    }

    [Fact]
    public void Invalidate_OneAccount_ForgetsOnlyThatAccount()
    {
        var cache = new VerifiedRowCache(Lifetime, 10, time);
        cache.Add(Row1.Token!, Row1, cache.Generation);
        cache.Add(Row2.Token!, Row2, cache.Generation);

        cache.Invalidate(Row1.Key);

        Assert.False(cache.TryGet(Row1.Token!, out _));
        Assert.True(cache.TryGet(Row2.Token!, out _));
    }

    [Fact]
    public void Add_FullOfLiveEntries_NotKept()
    {
        var cache = new VerifiedRowCache(Lifetime, 1, time);
        cache.Add(Row1.Token!, Row1, cache.Generation);

        cache.Add(Row2.Token!, Row2, cache.Generation);

        Assert.Equal(1, cache.Count);
        Assert.False(cache.TryGet(Row2.Token!, out _));
    }

    [Fact]
    public void Add_FullOfExpiredEntries_ReplacesThem()
    {
        var cache = new VerifiedRowCache(Lifetime, 1, time);
        cache.Add(Row1.Token!, Row1, cache.Generation);
        time.Advance(Lifetime);

        cache.Add(Row2.Token!, Row2, cache.Generation);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(Row2.Token!, out _));
    }

    [Fact]
    public void Enabled_ZeroDuration_False()
    {
        Assert.False(new VerifiedRowCache(TimeSpan.Zero, 10, time).Enabled);
        Assert.True(new VerifiedRowCache(Lifetime, 10, time).Enabled);
    }
}
