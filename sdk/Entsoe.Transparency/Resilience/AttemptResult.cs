using System.Net.Http.Headers;
using System.Text;

namespace Entsoe.Transparency;

/// <summary>One HTTP attempt's outcome with its whole body read, so retries can judge it and errors can quote it.</summary>
internal sealed class AttemptResult(int statusCode, byte[] body, RetryConditionHeaderValue? retryAfter, int tokenVersion)
{
    // A ban notice is one short sentence at the start of the body; no need to decode a large one whole.
    private const int NoticeBytes = 4096;

    public int StatusCode { get; } = statusCode;

    public byte[] Body { get; } = body;

    public RetryConditionHeaderValue? RetryAfter { get; } = retryAfter;

    /// <summary>The credential version the attempt was sent with (0 when unknown).</summary>
    public int TokenVersion { get; } = tokenVersion;

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>The end of the ban the body announces ("Requester banned until '…'"), or null.</summary>
    public DateTimeOffset? BannedUntil() => BodyNotices.BannedUntil(Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, NoticeBytes)));

    public override string ToString() => $"AttemptResult({StatusCode}, {Body.Length} bytes)";
}
