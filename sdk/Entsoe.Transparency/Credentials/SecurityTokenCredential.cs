using System.Diagnostics;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency;

/// <summary>
/// The Transparency Platform's "Web Api Security Token". The token is reachable only through
/// <see cref="Deconstruct"/>: there is no property a serializer, debugger display or log template could pick up,
/// and <see cref="ToString"/> never shows it. <see cref="Update"/> swaps the token at run time, for instance
/// after "Generate and overwrite" replaced the old one; requests sent afterwards carry the new value.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SecurityTokenCredential
{
    /// <summary>The environment variable this toolkit reads first: <c>ENTSOE_SECURITY_TOKEN</c>.</summary>
    public const string EnvironmentVariable = "ENTSOE_SECURITY_TOKEN";

    /// <summary>The environment variable entsoe-py reads, used when <see cref="EnvironmentVariable"/> is unset: <c>ENTSOE_API_KEY</c>.</summary>
    public const string EntsoePyEnvironmentVariable = "ENTSOE_API_KEY";

    // The platform's tokens are 36 characters; anything this long is a pasted file, not a token.
    private const int MaxLength = 1024;

    // Earlier values stay known to the redactor: a request sent before an update can still fail and echo them.
    private const int RetainedValues = 8;

    private readonly Lock gate = new();
    private readonly List<string> knownValues = [];
    private volatile TokenSnapshot current;

    /// <summary>Creates a credential holding <paramref name="token"/> (surrounding whitespace is removed).</summary>
    /// <param name="token">The security token, as shown once in the platform's "Generate a new token" dialog.</param>
    /// <exception cref="ArgumentException">The token is empty or holds characters an HTTP header cannot carry.</exception>
    public SecurityTokenCredential(string token)
    {
        var value = Normalize(token);
        current = new TokenSnapshot(value, 1, TokenShape.IsKnownShape(value));
        knownValues.Add(value);
    }

    /// <summary>Returns the current token. The only way to read it, so every read is deliberate.</summary>
    /// <param name="token">The current token.</param>
    public void Deconstruct(out string token) => token = current.Value;

    /// <summary>
    /// Replaces the token; requests that start afterwards carry the new one. Use it after "Generate and
    /// overwrite" on the platform: the old token is rejected (HTTP 401) from that moment on.
    /// </summary>
    /// <param name="token">The new security token.</param>
    /// <exception cref="ArgumentException">The token is empty or holds characters an HTTP header cannot carry.</exception>
    public void Update(string token)
    {
        var value = Normalize(token);
        lock (gate)
        {
            if (!knownValues.Contains(value, StringComparer.Ordinal))
            {
                knownValues.Add(value);
                if (knownValues.Count > RetainedValues)
                {
                    knownValues.RemoveAt(0);
                }
            }

            current = new TokenSnapshot(value, current.Version + 1, TokenShape.IsKnownShape(value));
        }
    }

    /// <summary>
    /// Creates a credential from <c>ENTSOE_SECURITY_TOKEN</c>, or from entsoe-py's <c>ENTSOE_API_KEY</c> when the
    /// first is unset or empty.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither variable holds a token.</exception>
    public static SecurityTokenCredential FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Names the type; never shows the token.</summary>
    public override string ToString() => "SecurityTokenCredential(token hidden)";

    internal static SecurityTokenCredential FromEnvironment(Func<string, string?> readVariable)
    {
        foreach (var name in new[] { EnvironmentVariable, EntsoePyEnvironmentVariable })
        {
            var value = readVariable(name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return new SecurityTokenCredential(value);
            }
        }

        throw new InvalidOperationException(
            $"No security token found: set the environment variable {EnvironmentVariable} (or entsoe-py's " +
            $"{EntsoePyEnvironmentVariable}) to your Web Api Security Token. Generate one on the Transparency Platform " +
            "under My Account Settings, \"Generate a new token\".");
    }

    internal TokenSnapshot Current => current;

    /// <summary>Every value this credential has held recently, for the redactor.</summary>
    internal string[] KnownValues
    {
        get
        {
            lock (gate)
            {
                return [.. knownValues];
            }
        }
    }

    private static string Normalize(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var trimmed = token.Trim(' ', '\t', '\r', '\n');
        if (trimmed.Length == 0)
        {
            throw new ArgumentException(
                "The security token is empty. Generate one on the Transparency Platform under My Account Settings, " +
                "\"Generate a new token\".",
                nameof(token));
        }

        if (trimmed.Length > MaxLength)
        {
            throw new ArgumentException(
                $"The security token is {trimmed.Length} characters long; the platform's tokens are 36. Pass the token itself, not a file.",
                nameof(token));
        }

        foreach (var c in trimmed)
        {
            // Visible ASCII only: a header value must not hold control characters, and a token never has others.
            if (c is < '!' or > '~')
            {
                throw new ArgumentException(
                    "The security token holds a space, a control character or a non-ASCII character; tokens never do. " +
                    "Copy it again from the platform's dialog (the value is not shown here on purpose).",
                    nameof(token));
            }
        }

        return trimmed;
    }
}
