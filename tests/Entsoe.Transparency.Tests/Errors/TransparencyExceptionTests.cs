using System.Reflection;

namespace Entsoe.Transparency.Tests.Errors;

/// <summary>The exception tree itself: one base a caller can catch, the usual constructors, and the details each carries.</summary>
public class TransparencyExceptionTests
{
    private static readonly ErrorDetails Details = new(503, "GET https://example.test/api?documentType=A44", "down for maintenance", 4);

    public static TheoryData<Type> PublicExceptionTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(TransparencyClient).Assembly.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicExceptionTypes))]
    public void PublicException_AnyType_IsATransparencyExceptionWithTheThreeUsualConstructors(Type type)
    {
        Assert.True(typeof(TransparencyException).IsAssignableFrom(type), $"{type.Name} is not a TransparencyException.");
        var inner = new InvalidOperationException("inner");

        var plain = (Exception)Activator.CreateInstance(type)!;
        var withMessage = (Exception)Activator.CreateInstance(type, "the message")!;
        var withInner = (Exception)type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, [typeof(string), typeof(Exception)])!.Invoke(["the message", inner]);

        Assert.False(string.IsNullOrWhiteSpace(plain.Message));
        Assert.Equal("the message", withMessage.Message);
        Assert.Same(inner, withInner.InnerException);
    }

    [Fact]
    public void Constructor_WithDetails_ExposesStatusRequestExcerptAndAttempts()
    {
        var error = new TransparencyException("failed", null, Details);

        Assert.Equal(503, error.StatusCode);
        Assert.Equal("GET https://example.test/api?documentType=A44", error.RequestDescription);
        Assert.Equal("down for maintenance", error.ResponseExcerpt);
        Assert.Equal(4, error.Attempts);
    }

    [Fact]
    public void Constructor_WithoutDetails_LeavesThemEmpty()
    {
        var error = new TransparencyException("failed");

        Assert.Null(error.StatusCode);
        Assert.Null(error.RequestDescription);
        Assert.Null(error.ResponseExcerpt);
        Assert.Equal(0, error.Attempts);
    }

    [Fact]
    public void RateLimited_BanWithoutRetryAt_RetriesAtTheBansEnd()
    {
        var until = new DateTimeOffset(2026, 11, 27, 12, 34, 56, TimeSpan.Zero);

        var error = new TransparencyRateLimitedException("banned", Details, until, null);

        Assert.Equal(until, error.BannedUntil);
        Assert.Equal(until, error.RetryAt);
    }

    [Fact]
    public void RateLimited_RetryAtStated_KeepsItApartFromTheBan()
    {
        var until = new DateTimeOffset(2026, 11, 27, 12, 34, 56, TimeSpan.Zero);
        var retryAt = until.AddMinutes(-5);

        var error = new TransparencyRateLimitedException("limited", Details, null, retryAt);

        Assert.Null(error.BannedUntil);
        Assert.Equal(retryAt, error.RetryAt);
    }

    [Fact]
    public void QueryTooLarge_AnyInstance_IsABadRequest()
    {
        Assert.IsAssignableFrom<TransparencyBadRequestException>(new TransparencyQueryTooLargeException("too large"));
    }
}
