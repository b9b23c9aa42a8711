namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>The secrets a connection string holds, for the redactor: its password, when it has one.</summary>
internal static class ConnectionSecrets
{
    /// <summary>
    /// The password <paramref name="readPassword"/> finds, or none. A string that does not parse holds no secret the
    /// driver could echo: the configuration error it causes never quotes it.
    /// </summary>
    public static IReadOnlyList<string> PasswordOf(Func<string?> readPassword)
    {
        try
        {
            var password = readPassword();
            return string.IsNullOrEmpty(password) ? [] : [password];
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            return [];
        }
    }
}
