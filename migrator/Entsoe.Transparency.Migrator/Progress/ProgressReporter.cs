using System.Globalization;

namespace Entsoe.Transparency.Migrator.Progress;

/// <summary>
/// Progress on stderr: rows done/total, rows/s and ETA. On a terminal one line redrawn in place (a bar) at most twice a
/// second; when redirected, a plain line at most every 5 seconds so logs stay readable.
/// </summary>
internal sealed class ProgressReporter
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private readonly TextWriter error;
    private readonly bool terminal;
    private readonly TimeProvider time;
    private readonly string label;
    private readonly long started;
    private long lastDrawn;
    private bool drewBar;

    public ProgressReporter(TextWriter error, bool terminal, TimeProvider time, string label, long total)
    {
        this.error = error;
        this.terminal = terminal;
        this.time = time;
        this.label = label;
        Total = total;
        started = time.GetTimestamp();
        lastDrawn = started;
    }

    /// <summary>The expected row count (from a count at the start; the table may change meanwhile).</summary>
    public long Total { get; }

    /// <summary>The rows done at the last <see cref="Report"/>.</summary>
    public long Done { get; private set; }

    /// <summary>Reports progress; draws only when the interval has passed.</summary>
    public void Report(long done)
    {
        Done = done;
        var now = time.GetTimestamp();
        if (time.GetElapsedTime(lastDrawn, now) < (terminal ? TerminalInterval : PlainInterval))
        {
            return;
        }

        lastDrawn = now;
        Draw(done, time.GetElapsedTime(started, now));
    }

    /// <summary>Ends the progress display (clears the bar line).</summary>
    public void Complete()
    {
        if (terminal && drewBar)
        {
            error.Write("\r" + new string(' ', 100) + "\r");
            error.Flush();
        }
    }

    /// <summary>The progress line for <paramref name="done"/> rows after <paramref name="elapsed"/>.</summary>
    public string Format(long done, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var fraction = Total > 0 ? Math.Min(1, (double)done / Total) : 0;
        var eta = rate > 0 && Total > done ? TimeSpan.FromSeconds((Total - done) / rate) : TimeSpan.Zero;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{label}: {done:N0}/{Total:N0} rows ({fraction * 100:F1}%), {rate:N0} rows/s, ETA {eta:hh\\:mm\\:ss}");
        if (!terminal)
        {
            return text;
        }

        const int width = 24;
        var filled = (int)Math.Round(fraction * width);
        return "[" + new string('#', filled) + new string('-', width - filled) + "] " + text;
    }

    private void Draw(long done, TimeSpan elapsed)
    {
        var line = Format(done, elapsed);
        if (terminal)
        {
            error.Write("\r" + line.PadRight(99));
            drewBar = true;
        }
        else
        {
            error.WriteLine(line);
        }

        error.Flush();
    }
}
