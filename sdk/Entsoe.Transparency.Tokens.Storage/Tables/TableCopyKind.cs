namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>The kinds of <see cref="TableCopy"/>.</summary>
public enum TableCopyKind
{
    /// <summary>A trigger on the table (SQLite, PostgreSQL, SQL Server).</summary>
    Trigger,

    /// <summary>The history table of a system-versioned (temporal) table (SQL Server).</summary>
    HistoryTable,

    /// <summary>Change data capture on the table (SQL Server).</summary>
    ChangeDataCapture,

    /// <summary>A logical replication publication that includes the table (PostgreSQL).</summary>
    Publication,
}
