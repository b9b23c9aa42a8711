using System.Globalization;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// The key of one row: a 64-bit integer or a text value. Keys are account identifiers, not secrets, so they may
/// appear in reports and messages.
/// </summary>
public readonly struct RowKey : IEquatable<RowKey>, IComparable<RowKey>
{
    private readonly string? text;

    private RowKey(long integer, string? text)
    {
        Integer = integer;
        this.text = text;
    }

    /// <summary>True for a text key; false for an integer key.</summary>
    public bool IsText => text is not null;

    /// <summary>The integer value of an integer key (0 for a text key).</summary>
    public long Integer { get; }

    /// <summary>The text value of a text key.</summary>
    /// <exception cref="InvalidOperationException">The key is an integer key.</exception>
    public string Text => text ?? throw new InvalidOperationException("This is an integer key.");

    /// <summary>An integer key.</summary>
    public static RowKey FromInteger(long value) => new(value, null);

    /// <summary>A text key.</summary>
    public static RowKey FromText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new RowKey(0, value);
    }

    /// <summary>Parses a key typed by a user (or read from a CSV file) for a table whose keys are of <paramref name="kind"/>.</summary>
    public static bool TryParse(string value, KeyKind kind, out RowKey key)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (kind == KeyKind.Text)
        {
            key = FromText(value);
            return true;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            key = FromInteger(integer);
            return true;
        }

        key = default;
        return false;
    }

    /// <summary>The value as a boxed object for an ADO.NET parameter.</summary>
    public object ToParameterValue() => text is null ? Integer : text;

    /// <inheritdoc/>
    public bool Equals(RowKey other) => Integer == other.Integer && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => text is null ? Integer.GetHashCode() : StringComparer.Ordinal.GetHashCode(text);

    /// <summary>Orders integer keys numerically and text keys ordinally (integer keys first when mixed).</summary>
    public int CompareTo(RowKey other)
    {
        if (text is null)
        {
            return other.text is null ? Integer.CompareTo(other.Integer) : -1;
        }

        return other.text is null ? 1 : string.CompareOrdinal(text, other.text);
    }

    /// <summary>The key as it appears in a report.</summary>
    public override string ToString() => text ?? Integer.ToString(CultureInfo.InvariantCulture);

    /// <summary>Equality.</summary>
    public static bool operator ==(RowKey left, RowKey right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(RowKey left, RowKey right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(RowKey left, RowKey right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(RowKey left, RowKey right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(RowKey left, RowKey right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(RowKey left, RowKey right) => left.CompareTo(right) >= 0;
}
