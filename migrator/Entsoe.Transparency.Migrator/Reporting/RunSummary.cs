using System.Globalization;
using System.Text;
using System.Text.Json;
using Entsoe.Transparency.Migrator.Failures;

namespace Entsoe.Transparency.Migrator.Reporting;

/// <summary>Counts of one migration run: printed to stderr and written by <c>--summary-json</c>. Never a value.</summary>
internal sealed class RunSummary
{
    private readonly long[] outcomes = new long[Enum.GetValues<RowOutcome>().Length];
    private readonly Dictionary<RowFlags, long> flags = [];

    /// <summary>True for <c>--execute</c>.</summary>
    public bool Execute { get; init; }

    /// <summary>Rows read.</summary>
    public long Rows { get; private set; }

    /// <summary>Batches processed.</summary>
    public long Batches { get; set; }

    /// <summary>Rows that share their token with another row.</summary>
    public long Duplicates { get; set; }

    /// <summary>True when the whole table was processed.</summary>
    public bool Completed { get; set; }

    /// <summary>True when Ctrl+C or SIGTERM stopped the run.</summary>
    public bool Cancelled { get; set; }

    /// <summary>True when <c>--max-duration</c> stopped the run.</summary>
    public bool StoppedByMaxDuration { get; set; }

    /// <summary>Wall time of the run.</summary>
    public TimeSpan Duration { get; set; }

    /// <summary>The report's path, when one was written.</summary>
    public string? ReportPath { get; set; }

    /// <summary>The last key of the last processed batch (not a secret), to show where a stopped run got to.</summary>
    public string? LastKey { get; set; }

    /// <summary>Rows per second over the run.</summary>
    public double RowsPerSecond => Duration.TotalSeconds > 0 ? Rows / Duration.TotalSeconds : 0;

    /// <summary>The count of an outcome.</summary>
    public long Count(RowOutcome outcome) => outcomes[(int)outcome];

    /// <summary>The count of rows with a flag.</summary>
    public long Count(RowFlags flag) => flags.TryGetValue(flag, out var count) ? count : 0;

    /// <summary>Counts one row.</summary>
    public void Add(RowOutcome outcome, RowFlags rowFlags)
    {
        Rows++;
        outcomes[(int)outcome]++;
        if (rowFlags == RowFlags.None)
        {
            return;
        }

        foreach (var (flag, _) in RowFlagsText.All)
        {
            if ((rowFlags & flag) != 0)
            {
                flags[flag] = Count(flag) + 1;
            }
        }
    }

    /// <summary>Moves rows from one outcome to another (a write found them changed).</summary>
    public void Move(RowOutcome from, RowOutcome to, long count)
    {
        outcomes[(int)from] -= count;
        outcomes[(int)to] += count;
    }

    /// <summary>The human summary for stderr.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var state = Completed ? "complete" : Cancelled ? "cancelled" : StoppedByMaxDuration ? "stopped by --max-duration" : "stopped";
        text.Append(CultureInfo.InvariantCulture, $"Summary ({(Execute ? "execute" : "dry run")}, {state}): {Rows:N0} rows in {Batches:N0} batches, ");
        text.Append(CultureInfo.InvariantCulture, $"{Duration.TotalSeconds:F1} s, {RowsPerSecond:N0} rows/s").AppendLine();
        foreach (var outcome in Enum.GetValues<RowOutcome>())
        {
            if (Count(outcome) > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {RowFlagsText.Format(outcome),-22}{Count(outcome),12:N0}").AppendLine();
            }
        }

        foreach (var (flag, name) in RowFlagsText.All)
        {
            if (Count(flag) > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"  detail {name,-15}{Count(flag),12:N0}").AppendLine();
            }
        }

        if (ReportPath is not null)
        {
            text.Append("  report: ").Append(ReportPath).AppendLine();
        }

        return text.ToString();
    }

    /// <summary>Writes the summary as JSON.</summary>
    /// <exception cref="ConfigurationException">The file cannot be written.</exception>
    public void WriteJson(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            json.WriteStartObject();
            json.WriteBoolean("execute", Execute);
            json.WriteBoolean("completed", Completed);
            json.WriteBoolean("cancelled", Cancelled);
            json.WriteBoolean("stoppedByMaxDuration", StoppedByMaxDuration);
            json.WriteNumber("rows", Rows);
            json.WriteNumber("batches", Batches);
            json.WriteNumber("durationSeconds", Math.Round(Duration.TotalSeconds, 3));
            json.WriteNumber("rowsPerSecond", Math.Round(RowsPerSecond, 1));
            json.WriteNumber("duplicates", Duplicates);
            json.WriteStartObject("outcomes");
            foreach (var outcome in Enum.GetValues<RowOutcome>())
            {
                json.WriteNumber(RowFlagsText.Format(outcome), Count(outcome));
            }

            json.WriteEndObject();
            json.WriteStartObject("details");
            foreach (var (flag, name) in RowFlagsText.All)
            {
                json.WriteNumber(name, Count(flag));
            }

            json.WriteEndObject();
            if (ReportPath is not null)
            {
                json.WriteString("report", ReportPath);
            }

            json.WriteEndObject();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"Cannot write the summary to '{Path.GetFullPath(path)}' ({ex.GetType().Name}); choose a writable path with --summary-json.", ex);
        }
    }
}
