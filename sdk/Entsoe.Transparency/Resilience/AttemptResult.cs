using System.Net.Http.Headers;

namespace Entsoe.Transparency;

/// <summary>One HTTP attempt's outcome with its whole body read, so retries can judge it and errors can quote it.</summary>
internal sealed class AttemptResult(int statusCode, byte[] body, RetryConditionHeaderValue? retryAfter, int tokenVersion)
{
    public int StatusCode { get; } = statusCode;

    public byte[] Body { get; } = body;

    public RetryConditionHeaderValue? RetryAfter { get; } = retryAfter;

    /// <summary>The credential version the attempt was sent with (0 when unknown).</summary>
    public int TokenVersion { get; } = tokenVersion;

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public override string ToString() => $"AttemptResult({StatusCode}, {Body.Length} bytes)";
}
