using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Planning;

/// <summary>What hashing cannot erase (the residue list of docs/design.md): the provider's own items and those common to every engine.</summary>
internal static class ResidueList
{
    /// <summary>Items that apply whatever the engine.</summary>
    public static IReadOnlyList<string> Common { get; } =
    [
        "Backups and snapshots taken before the run hold every plaintext token: expire them on schedule (or restore-test and destroy them) once the migration is verified.",
        "Replicas, exports, ETL copies and caches of the table are not touched by the migrator: migrate or purge them too.",
        "Web server and proxy access logs that recorded securityToken= in URLs keep tokens: purge them, and prefer the SECURITY_TOKEN header.",
        "Rolling back the data means restoring a backup that holds plaintext; rolling the application back to a plaintext-only version breaks every migrated token.",
    ];

    /// <summary>Every item for <paramref name="provider"/>: this table's own copies first, then the engine's, then the common ones.</summary>
    public static IEnumerable<string> For(ITokenStoreProvider provider, IEnumerable<TableCopy>? copies = null) =>
        [.. (copies ?? []).Select(c => c.Describe()), .. provider.Residue, .. Common];
}
