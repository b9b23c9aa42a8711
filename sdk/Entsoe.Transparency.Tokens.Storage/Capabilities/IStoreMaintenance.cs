namespace Entsoe.Transparency.Tokens.Storage;

/// <summary>
/// A store whose engine keeps copies of old values in its own files until told otherwise (SQLite's WAL and free pages),
/// and can remove them itself.
/// </summary>
public interface IStoreMaintenance
{
    /// <summary>Moves recently written pages into the main file and empties the engine's log of them (SQLite: a TRUNCATE checkpoint).</summary>
    Task CheckpointAsync(CancellationToken cancellationToken);

    /// <summary>Rebuilds the storage so no free page keeps an old value (SQLite: VACUUM).</summary>
    Task VacuumAsync(CancellationToken cancellationToken);
}
