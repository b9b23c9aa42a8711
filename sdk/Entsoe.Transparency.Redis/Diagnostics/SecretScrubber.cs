namespace Entsoe.Transparency.Redis;

/// <summary>
/// Takes the Redis password out of any text before it reaches a log line or an exception: a driver's message may quote
/// its configuration. Only the error's type and its scrubbed message ever leave; never the driver's exception itself.
/// </summary>
internal sealed class SecretScrubber(string? password)
{
    private const string Hidden = "***";

    public string Scrub(string text) =>
        string.IsNullOrEmpty(password) ? text : text.Replace(password, Hidden, StringComparison.Ordinal);

    /// <summary>The error's type and message, scrubbed, for a log line or a message.</summary>
    public string Describe(Exception exception) => Scrub($"{exception.GetType().Name}: {exception.Message}");

    public override string ToString() => "SecretScrubber";
}
