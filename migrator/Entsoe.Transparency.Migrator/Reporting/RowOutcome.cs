namespace Entsoe.Transparency.Migrator.Reporting;

/// <summary>What happened to one row (the report's <c>outcome</c> column, docs/design.md).</summary>
internal enum RowOutcome
{
    /// <summary>The plaintext was replaced by its hash.</summary>
    Hashed,

    /// <summary>Dry run: the row would be hashed.</summary>
    WouldHash,

    /// <summary>The row already holds a stored hash.</summary>
    AlreadyHashed,

    /// <summary>NULL, empty or whitespace only: nothing to hash.</summary>
    Empty,

    /// <summary>The row changed after it was read (a new token was issued meanwhile); it was left as it is.</summary>
    ChangedConcurrently,

    /// <summary>The row could not be processed (a malformed stored value); it was left as it is.</summary>
    Failed,
}
