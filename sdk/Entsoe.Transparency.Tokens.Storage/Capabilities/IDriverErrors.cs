using System.Data.Common;

namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>How an engine's driver reports the errors that need their own message.</summary>
public interface IDriverErrors
{
    /// <summary>True when <paramref name="exception"/> comes from this engine's driver.</summary>
    bool Raised(DbException exception);

    /// <summary>True when a unique index or constraint rejected a write.</summary>
    bool IsUniqueViolation(DbException exception);

    /// <summary>True when the server's message may quote a row's value, so it must not be shown.</summary>
    bool QuotesValues(DbException exception);

    /// <summary>What may be shown of an error <see cref="QuotesValues"/> withholds: its number, never its text.</summary>
    string Withheld(DbException exception);
}
