namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>Something on this particular table that may keep or pass on copies of its tokens, for <c>plan</c>'s residue list.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Name">Its name as the database shows it.</param>
public sealed record TableCopy(TableCopyKind Kind, string Name)
{
    /// <summary>A catalog row: <c>trigger</c>, <c>history</c>, <c>cdc</c> or <c>publication</c>, and the name.</summary>
    public static TableCopy FromCatalog(string kind, string name) => kind switch
    {
        "trigger" => new TableCopy(TableCopyKind.Trigger, name),
        "history" => new TableCopy(TableCopyKind.HistoryTable, name),
        "cdc" => new TableCopy(TableCopyKind.ChangeDataCapture, name),
        "publication" => new TableCopy(TableCopyKind.Publication, name),
        _ => throw new ArgumentException($"Unknown catalog kind '{kind}'.", nameof(kind)),
    };

    /// <summary>The residue item <c>plan</c> prints: what it keeps and what to do.</summary>
    public string Describe() => Kind switch
    {
        TableCopyKind.Trigger =>
            $"Trigger '{Name}' runs on this table: if it copies the token column elsewhere (an audit or history table), those copies keep the plaintext (and receive each hash too): check it, and purge the copies once the migration is verified.",
        TableCopyKind.HistoryTable =>
            $"System-versioned history table {Name} keeps every earlier version of each row, plaintext included: once the migration is verified, turn SYSTEM_VERSIONING off, delete the versions older than the run, and turn it back on.",
        TableCopyKind.ChangeDataCapture =>
            "Change data capture is enabled for this table: its change table (cdc.<capture instance>_CT) holds the old plaintext values until cleanup: run sys.sp_cdc_cleanup_change_table for it after the run.",
        TableCopyKind.Publication =>
            $"Publication '{Name}' replicates this table: subscribers receive the hashes, and their copies keep the plaintext in dead tuples and WAL until VACUUM and WAL recycling there.",
        _ => throw new InvalidOperationException($"Unknown kind {Kind}."),
    };
}
