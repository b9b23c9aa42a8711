using System.Diagnostics;

namespace Entsoe.Transparency.Tokens;

/// <summary>
/// A newly generated token and the value to store for it. The plaintext is shown to the user once and never
/// stored; it is reachable only through <see cref="RevealToken"/>, so no serializer, debugger display or log
/// template can pick it up, and <see cref="ToString"/> never shows it.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class IssuedToken
{
    private readonly string token;

    internal IssuedToken(string token, string storedValue, TokenFormat format)
    {
        this.token = token;
        StoredValue = storedValue;
        Format = format;
    }

    /// <summary>The stored value to write to the database (the token's hash).</summary>
    public string StoredValue { get; }

    /// <summary>The text form of the token.</summary>
    public TokenFormat Format { get; }

    /// <summary>The plaintext token, to show the user once.</summary>
    public string RevealToken() => token;

    /// <summary>Names the format; never shows the token or its hash.</summary>
    public override string ToString() => $"IssuedToken({Format}, token hidden)";
}
