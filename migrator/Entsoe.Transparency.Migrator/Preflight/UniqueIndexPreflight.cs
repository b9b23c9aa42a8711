using System.Globalization;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Tokens.Storage;

namespace Entsoe.Transparency.Migrator.Preflight;

/// <summary>
/// What the table's unique indexes mean for a migration. Hashing keeps distinct tokens distinct, but rows whose tokens
/// differ only in case or surrounding whitespace get the same hash, which a unique index on the column receiving the
/// hashes rejects: that is checked against the data before any write (<see cref="DuplicatesRefusal"/>). In
/// <c>--hash-column</c> mode every migrated row's token becomes NULL, which a unique index that lets only one row hold
/// NULL rejects whatever the data: that is refused here.
/// </summary>
internal static class UniqueIndexPreflight
{
    private const int KeysShown = 10;

    /// <summary>
    /// Refuses an index that the writes would break on every table, and returns the unique index on the column that
    /// receives the hashes alone (its duplicates must be resolved before writing), or null when there is none.
    /// </summary>
    /// <exception cref="PreflightException">An index rejects the writes whatever the data.</exception>
    public static TableIndex? Check(TableDescription description, TableTarget target)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(target);
        if (target.HashColumn is not null)
        {
            foreach (var index in description.Indexes)
            {
                if (index.IsUnique && !index.NullsDistinct && !index.IsPartial && index.Includes(target.TokenColumn))
                {
                    throw new PreflightException(
                        $"Unique index '{index.Name}' on '{target.TokenColumn}' lets only one row hold NULL, but --hash-column mode sets "
                        + $"'{target.TokenColumn}' to NULL in every migrated row. Recreate it for non-NULL values only "
                        + $"(SQL Server: CREATE UNIQUE INDEX ... WHERE {target.TokenColumn} IS NOT NULL; PostgreSQL: without NULLS NOT DISTINCT) "
                        + "or drop it, then rerun. Nothing was written.");
                }
            }
        }

        return description.Indexes.FirstOrDefault(index => index.IsUnique && index.IsOn(target.HashedColumn));
    }

    /// <summary>The refusal when rows would share a hash under <paramref name="index"/>; names keys, never values.</summary>
    public static PreflightException DuplicatesRefusal(TableIndex index, string column, IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(keys);
        var count = keys.Count.ToString("N0", CultureInfo.InvariantCulture);
        return new PreflightException(
            $"{count} rows share a token with another row once case and surrounding whitespace are ignored (keys {ShowKeys(keys)}), "
            + $"and unique index '{index.Name}' on '{column}' rejects equal hashes: the migration would stop at the first of them. "
            + "Give these accounts new tokens (`entsoe-tokens token issue --key <key> --overwrite`, or the platform's \"Generate and overwrite\"), "
            + "then rerun. Nothing was written.");
    }

    /// <summary>
    /// The refusal when the duplicate check ran out of <c>--max-duration</c> after reading <paramref name="read"/> of
    /// <paramref name="total"/> rows: how long a whole check would take at the rate seen, so the DBA can pick a budget.
    /// </summary>
    public static PreflightException CheckOutOfTime(TableIndex index, TimeSpan limit, long read, long total)
    {
        ArgumentNullException.ThrowIfNull(index);
        var needed = read > 0 && total > read
            ? string.Create(CultureInfo.InvariantCulture, $" At the rate it read {read:N0} of {total:N0} rows, the check alone needs about {FormatDuration(limit * ((double)total / read))}.")
            : string.Empty;
        return new PreflightException(
            $"The duplicate check that unique index '{index.Name}' calls for did not finish within --max-duration {FormatDuration(limit)}: "
            + $"it reads the whole table before the first write, and a rerun starts it again.{needed} "
            + "Give --max-duration enough for the check and some batches, or leave it out. Nothing was written.");
    }

    private static string FormatDuration(TimeSpan duration) => duration.TotalSeconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.###}s")
        : duration.TotalMinutes < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(duration.TotalMinutes):0}m")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalHours:0.#}h");

    /// <summary>Up to ten keys, integers in numeric order, then how many more.</summary>
    internal static string ShowKeys(IReadOnlyCollection<string> keys)
    {
        var shown = keys.OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Take(KeysShown);
        var text = string.Join(", ", shown);
        return keys.Count > KeysShown ? string.Create(CultureInfo.InvariantCulture, $"{text} and {keys.Count - KeysShown:N0} more; `plan` counts them") : text;
    }
}
