using System.Globalization;
using CsvHelper;

namespace Entsoe.Transparency.Migrator.Tests.Support;

/// <summary>One row of a migration report.</summary>
public sealed record ReportRow(string Key, string Outcome, string Detail, long Batch)
{
    public bool HasFlag(string flag) => Detail.Split(';').Contains(flag);
}

/// <summary>Reads a report CSV written by the migrator.</summary>
public static class ReportFile
{
    public static IReadOnlyList<ReportRow> Read(string path)
    {
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        csv.ReadHeader();
        Assert.Equal(["key", "outcome", "detail", "batch"], csv.Headers);
        var rows = new List<ReportRow>();
        while (csv.Read())
        {
            rows.Add(new ReportRow(csv.GetString(0), csv.GetString(1), csv.GetString(2), long.Parse(csv.GetString(3), CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
