using System.Text.RegularExpressions;

namespace Entsoe.Transparency.Migrator.Invocation;

/// <summary>
/// Removes secrets from text that did not come from this tool (driver exception messages): the connection string and its
/// password, key material, anything shaped like a token or a stored hash, and <c>password=...</c> pairs.
/// </summary>
internal sealed partial class SecretRedactor
{
    private const string Mask = "***";
    private readonly List<string> secrets = [];

    /// <summary>Registers a secret to remove wherever it appears.</summary>
    public void Add(string? secret)
    {
        if (!string.IsNullOrEmpty(secret) && secret.Length >= 3 && !secrets.Contains(secret))
        {
            secrets.Add(secret);
            secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    /// <summary>The text with every known secret and secret-shaped value replaced.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = PasswordPair().Replace(text, "$1=" + Mask);
        text = StoredValue().Replace(text, Mask);
        return Uuid().Replace(text, Mask);
    }

    [GeneratedRegex(@"\b(password|pwd|pass|access ?token|secret)\s*=\s*[^;\s""']*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordPair();

    [GeneratedRegex(@"\$(hmac-sha256|sha256)\$[A-Za-z0-9_=$-]+", RegexOptions.CultureInvariant)]
    private static partial Regex StoredValue();

    [GeneratedRegex(@"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}|etp_[A-Za-z0-9]{20,}", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();
}
