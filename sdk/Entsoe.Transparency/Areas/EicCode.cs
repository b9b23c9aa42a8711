using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Entsoe.Transparency;

/// <summary>
/// Checks Energy Identification Codes (EIC), the 16-character codes the platform uses for every area, unit and party.
/// The rules come from ENTSO-E's "EIC Reference Manual": two characters for the issuing office, one for the object
/// type, twelve for the identifier (upper-case letters, digits and <c>-</c>), then one check character.
/// </summary>
public static class EicCode
{
    /// <summary>The length of every EIC code.</summary>
    public const int Length = 16;

    // The manual numbers the 37 symbols 0-9, A-Z (10-35) and '-' (36); the check value maps back the same way.
    private const string Symbols = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-";

    // Long enough for any EIC or area code, short enough that a misplaced security token (36 characters) is never echoed.
    private const int LongestEchoedValue = 20;

    /// <summary>Whether <paramref name="value"/> is a well-formed EIC code with a correct check character (upper case, no spaces).</summary>
    /// <param name="value">The candidate code.</param>
    /// <returns>True when the platform would recognise the shape of the code.</returns>
    public static bool IsValid([NotNullWhen(true)] string? value) => value is not null && Explain(value) is null;

    /// <summary>
    /// Returns <paramref name="value"/> trimmed and in upper case when it is a valid EIC code, or throws an exception
    /// that says what is wrong (length, a character outside A–Z, 0–9 and <c>-</c>, or the check character).
    /// </summary>
    /// <param name="value">The candidate code, for example <c>10Y1001A1001A82H</c>.</param>
    /// <param name="paramName">The caller's parameter name, for the exception.</param>
    /// <returns>The normalised code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid EIC code.</exception>
    public static string Validate(string value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        var normalised = value.Trim().ToUpperInvariant();
        if (Explain(normalised) is { } problem)
        {
            throw new ArgumentException($"{Describe(value)} is not an EIC code: {problem}", paramName);
        }

        return normalised;
    }

    /// <summary>
    /// Computes the check character (the 16th) of an EIC code from its first 15 characters, by the EIC Reference
    /// Manual's weighted sum: each symbol's value times its weight (16 for the first character down to 2 for the
    /// 15th), and the check value is <c>36 - ((sum - 1) mod 37)</c>.
    /// </summary>
    /// <param name="firstFifteen">The first 15 characters of the code, upper case.</param>
    /// <returns>The check character; the manual does not allow <c>-</c> there, so such a code cannot be issued.</returns>
    /// <exception cref="ArgumentException">The span is not 15 characters long or holds a character outside A–Z, 0–9 and <c>-</c>.</exception>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> firstFifteen)
    {
        if (firstFifteen.Length != Length - 1)
        {
            throw new ArgumentException($"The check character is computed from exactly {Length - 1} characters; {firstFifteen.Length} were given.", nameof(firstFifteen));
        }

        var sum = 0;
        for (var i = 0; i < firstFifteen.Length; i++)
        {
            var symbol = Symbols.IndexOf(firstFifteen[i], StringComparison.Ordinal);
            if (symbol < 0)
            {
                throw new ArgumentException($"Character {i + 1} is not allowed in an EIC code: only A-Z, 0-9 and '-' are.", nameof(firstFifteen));
            }

            sum += symbol * (Length - i);
        }

        return Symbols[36 - ((sum - 1) % 37)];
    }

    // Returns why the (already normalised) value is not an EIC code, or null when it is one.
    internal static string? Explain(string value)
    {
        if (value.Length != Length)
        {
            return $"it has {value.Length} characters where an EIC has {Length} (for example 10Y1001A1001A82H, Germany-Luxembourg).";
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (!Symbols.Contains(value[i], StringComparison.Ordinal))
            {
                return $"character {i + 1} ('{value[i]}') is not allowed; an EIC holds only upper-case A-Z, 0-9 and '-'.";
            }
        }

        var expected = ComputeCheckCharacter(value.AsSpan(0, Length - 1));
        if (expected == '-')
        {
            return "its first 15 characters give '-' as the check character, which the EIC Reference Manual never issues; check for a typo.";
        }

        return value[Length - 1] == expected
            ? null
            : $"its check character is '{value[Length - 1]}' but its first 15 characters give '{expected}'; check for a typo.";
    }

    internal static string Describe(string value) =>
        value.Length <= LongestEchoedValue ? $"'{value}'" : $"The {value.Length}-character value";
}
