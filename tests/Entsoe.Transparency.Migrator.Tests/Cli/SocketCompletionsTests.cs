using Entsoe.Transparency.Migrator.Cli;

namespace Entsoe.Transparency.Migrator.Tests.Cli;

// Touches a process-wide environment variable: not run in parallel with the rest of this collection.
[Collection(nameof(SocketCompletionsTests))]
public sealed class SocketCompletionsTests : IDisposable
{
    private readonly string? saved = Environment.GetEnvironmentVariable(SocketCompletions.Variable);

    [Fact]
    public void PreferInline_VariableUnset_SetsItWhereTheRuntimeReadsIt()
    {
        Environment.SetEnvironmentVariable(SocketCompletions.Variable, null);

        SocketCompletions.PreferInline();

        // Inline socket completions exist on Linux and macOS only; Windows is left as it was.
        Assert.Equal(OperatingSystem.IsWindows() ? null : "1", Environment.GetEnvironmentVariable(SocketCompletions.Variable));
    }

    [Fact]
    public void PreferInline_VariableSetByTheUser_LeavesIt()
    {
        Environment.SetEnvironmentVariable(SocketCompletions.Variable, "0");

        SocketCompletions.PreferInline();

        Assert.Equal("0", Environment.GetEnvironmentVariable(SocketCompletions.Variable));
    }

    public void Dispose() => Environment.SetEnvironmentVariable(SocketCompletions.Variable, saved);
}
