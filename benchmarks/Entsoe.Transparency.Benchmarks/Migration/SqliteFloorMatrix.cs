using System.Globalization;

namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>
/// <c>migration --provider sqlite --floor-matrix</c>: what any implementation of the batch contract can reach on SQLite,
/// against the reference statement, for each journal and batch size. Every cell is one native UPDATE per batch writing
/// values of the stored format's length, with secure_delete on (as the tool runs) and no read, hashing or read-back; two
/// more cells with secure_delete off show what it costs. Rounds alternate the reference and every cell, each on a freshly
/// built table, and the medians are printed at the end.
/// </summary>
public static class SqliteFloorMatrix
{
    private static readonly string[] Journals = ["WAL", "TRUNCATE"];

    /// <summary>Runs <paramref name="repeat"/> rounds on <paramref name="target"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(SqliteMigrationTarget target, long rows, int storedLength, int repeat)
    {
        ArgumentNullException.ThrowIfNull(target);
        int[] batchSizes = [1_000, 5_000, 10_000, 20_000, 50_000, (int)Math.Min(rows, int.MaxValue)];
        var cells = Journals.SelectMany(journal => batchSizes.Select(batch => (Journal: journal, Batch: batch, SecureDelete: true))).ToList();
        cells.Add(("WAL", batchSizes[0], false));
        cells.Add(("TRUNCATE", batchSizes[^1], false));
        var ratios = cells.ToDictionary(cell => cell, _ => new List<double>(repeat));
        Console.WriteLine($"floor matrix: {rows:N0} rows, values of {storedLength} characters, secure_delete on; WAL with synchronous=NORMAL and the final checkpoint, TRUNCATE with synchronous=FULL");
        for (var round = 1; round <= repeat; round++)
        {
            await target.SeedAsync(rows);
            var reference = await target.RunReferenceAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{round}/{repeat}] reference {target.ReferenceSql}: {reference.TotalSeconds:F3} s"));
            foreach (var cell in cells)
            {
                await target.SeedAsync(rows);
                var floor = await target.RunFloorAsync(rows, cell.Batch, storedLength, cell.Journal, cell.SecureDelete);
                var ratio = reference.TotalSeconds / floor.TotalSeconds;
                ratios[cell].Add(ratio);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{round}/{repeat}] {Describe(cell, rows),-42} {floor.TotalSeconds:F3} s  {ratio:F2}x the reference"));
            }
        }

        Console.WriteLine("median ratio to the reference (min-max):");
        foreach (var cell in cells)
        {
            var sorted = ratios[cell].Order().ToList();
            var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Describe(cell, rows),-42} {median:F2}x ({sorted[0]:F2}-{sorted[^1]:F2})"));
        }

        return 0;
    }

    private static string Describe((string Journal, int Batch, bool SecureDelete) cell, long rows) => string.Create(
        CultureInfo.InvariantCulture,
        $"{cell.Journal,-8} batch {(cell.Batch >= rows ? "whole table" : cell.Batch.ToString("N0", CultureInfo.InvariantCulture)),-11}{(cell.SecureDelete ? string.Empty : " secure_delete off")}");
}
