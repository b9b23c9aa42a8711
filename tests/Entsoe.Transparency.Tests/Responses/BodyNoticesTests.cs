namespace Entsoe.Transparency.Tests.Responses;

public class BodyNoticesTests
{
    [Theory]
    [InlineData("Requester banned until '2026-11-27T12:34:56.000Z'")]
    [InlineData("Requester banned until '2026-11-27T12:34:56Z'")]
    [InlineData("Requester banned until 2026-11-27T12:34:56Z.")]
    [InlineData("requester BANNED until '2026-11-27 12:34:56'")]
    [InlineData("Requester banned until '2026-11-27T13:34:56+01:00'")]
    [InlineData("Requester banned until \"2026-11-27 12:34:56 UTC\"")]
    public void BannedUntil_AnyIsoForm_ReadsTheInstantInUtc(string text)
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 12, 34, 56, TimeSpan.Zero), BodyNotices.BannedUntil(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Too many requests")]
    [InlineData("Requester banned until 'soon'")]
    public void BannedUntil_NoBanTime_ReturnsNull(string? text)
    {
        Assert.Null(BodyNotices.BannedUntil(text));
    }

    [Fact]
    public void IsTooLarge_PlatformText_ReadsRequestedAndAllowed()
    {
        var tooLarge = BodyNotices.IsTooLarge("The amount of requested data exceeds allowed limit. Requested 1234 documents but allowed 100", out var requested, out var allowed);

        Assert.True(tooLarge);
        Assert.Equal(1234, requested);
        Assert.Equal(100, allowed);
    }

    [Fact]
    public void IsTooLarge_WithoutCounts_TrueWithUnknownCounts()
    {
        var tooLarge = BodyNotices.IsTooLarge("The amount of requested data exceeds allowed limit.", out var requested, out var allowed);

        Assert.True(tooLarge);
        Assert.Null(requested);
        Assert.Null(allowed);
    }

    [Fact]
    public void IsTooLarge_OtherError_False()
    {
        Assert.False(BodyNotices.IsTooLarge("Mandatory parameter 'in_Domain' is missing.", out _, out _));
    }
}
