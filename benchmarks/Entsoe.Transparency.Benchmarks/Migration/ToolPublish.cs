using System.Diagnostics;

namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>
/// The build the harness measures when no <c>--tool</c> is given: <c>entsoe-tokens</c> published from the repository's
/// sources into a folder of its own, framework-dependent, exactly as <c>dotnet publish</c> makes it for a user.
/// </summary>
/// <remarks>
/// Why not the <c>entsoe-tokens.dll</c> that the project reference copies next to the harness: the harness's output is
/// assembled for the harness (it references the ASP.NET Core framework, so assemblies that framework provides are left
/// out), while the tool's runtimeconfig names only the base framework. Started from there, the tool could not load
/// Microsoft.Extensions.Logging.Abstractions as soon as the PostgreSQL driver needed it.
/// </remarks>
public static class ToolPublish
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Publishes the tool under <paramref name="folder"/> and returns the path of its entsoe-tokens.dll.</summary>
    public static async Task<string> PublishAsync(string folder)
    {
        var project = Path.Combine(RepositoryRoot(), "migrator", "Entsoe.Transparency.Migrator", "Entsoe.Transparency.Migrator.csproj");
        var output = Path.Combine(folder, "entsoe-tokens");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-o", output, "--nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet publish did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(cancel.Token);
        var tool = Path.Combine(output, "entsoe-tokens.dll");
        if (process.ExitCode != 0 || !File.Exists(tool))
        {
            throw new InvalidOperationException($"dotnet publish of the tool failed (exit {process.ExitCode}):{Environment.NewLine}{await stdout}{await stderr}");
        }

        return tool;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The harness runs from the repository's build output, but no Toolkit.sln was found above it; pass --tool.");
    }
}
