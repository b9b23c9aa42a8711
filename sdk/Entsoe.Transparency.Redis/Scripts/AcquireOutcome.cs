namespace Entsoe.Transparency.Redis;

/// <summary>The acquire script's answer: the server's time of a grant, or how long to wait (µs), and a ban's announced end.</summary>
internal readonly record struct AcquireOutcome(AcquireKind Kind, long Micros, long BannedUntilUnixMs);
