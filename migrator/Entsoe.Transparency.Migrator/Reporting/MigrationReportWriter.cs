using System.Globalization;
using CsvHelper;
using Entsoe.Transparency.Migrator.Failures;

namespace Entsoe.Transparency.Migrator.Reporting;

/// <summary>
/// Writes the report (RFC 4180 CSV: <c>key,outcome,detail,batch</c>), one row per processed row, flushed after each
/// batch so a killed run still leaves the report of every committed batch. It never holds a token, a hash or a key.
/// </summary>
internal sealed class MigrationReportWriter : IDisposable
{
    private static readonly string[] Header = ["key", "outcome", "detail", "batch"];
    private readonly CsvWriter writer;

    private MigrationReportWriter(string path, CsvWriter writer)
    {
        Path = path;
        this.writer = writer;
    }

    /// <summary>The report's full path.</summary>
    public string Path { get; }

    /// <summary>
    /// Creates (or replaces) the report file. Called before anything is written to the database, so an unwritable path
    /// stops the run with nothing written.
    /// </summary>
    /// <exception cref="ConfigurationException">The file cannot be created.</exception>
    public static MigrationReportWriter Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        try
        {
            var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.Read);
            var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\r\n" }, leaveOpen: false);
            foreach (var name in Header)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            csv.Flush();
            return new MigrationReportWriter(full, csv);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            throw new ConfigurationException($"Cannot write the report to '{full}' ({ex.GetType().Name}); choose a writable path with --report.", ex);
        }
    }

    /// <summary>Adds one row.</summary>
    public void Write(in ReportEntry entry)
    {
        writer.WriteField(entry.Key.ToString());
        writer.WriteField(RowFlagsText.Format(entry.Outcome));
        writer.WriteField(RowFlagsText.Format(entry.Flags));
        writer.WriteField(entry.Batch, default);
        writer.EndRecord();
    }

    /// <summary>Writes buffered rows to the file (after each batch).</summary>
    public void Flush() => writer.Flush();

    /// <summary>Closes the file.</summary>
    public void Dispose() => writer.Dispose();

    /// <summary>
    /// Adds the <c>duplicate</c> flag to the rows of <paramref name="keys"/> in a closed report, by rewriting it next to
    /// itself and replacing it (streaming: the report is never loaded whole).
    /// </summary>
    public static void MarkDuplicates(string path, IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        var temporary = path + ".tmp";
        using (var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',', HasHeader = true }))
        using (var output = CsvWriter.Create(new FileStream(temporary, FileMode.Create, FileAccess.Write), CsvWriterOptions.Default, leaveOpen: false))
        {
            foreach (var name in Header)
            {
                output.WriteField(name);
            }

            output.EndRecord();
            while (reader.Read())
            {
                var key = reader.GetString(0);
                var detail = reader.GetString(2);
                if (keys.Contains(key))
                {
                    detail = RowFlagsText.Format(RowFlagsText.Parse(detail) | RowFlags.Duplicate);
                }

                output.WriteField(key);
                output.WriteField(reader.GetString(1));
                output.WriteField(detail);
                output.WriteField(long.Parse(reader.GetString(3), CultureInfo.InvariantCulture), default);
                output.EndRecord();
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
