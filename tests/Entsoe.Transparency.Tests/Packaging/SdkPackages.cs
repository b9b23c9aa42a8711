namespace Entsoe.Transparency.Tests.Packaging;

/// <summary>
/// The SDK's packages as <c>dotnet pack Toolkit.Packages.slnf</c> makes them, packed once into a folder feed of their own
/// with a version no earlier run used (the NuGet cache keeps a package by id and version, so a reused version would
/// restore a stale copy). Built into a temporary artifacts folder: the solution's build output is never touched.
/// </summary>
public sealed class SdkPackages : IAsyncLifetime
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(10);

    public string Root { get; } = Directory.CreateTempSubdirectory("toolkit-consumer-").FullName;

    public string Feed => Path.Combine(Root, "feed");

    public string Version { get; } = $"0.1.0-consumer.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    public (int ExitCode, string Output) Pack { get; private set; }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Toolkit.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }

    public async Task InitializeAsync()
    {
        Pack = await ConsumerProcess.RunAsync(
            "dotnet",
            ["pack", Path.Combine(RepositoryRoot(), "Toolkit.Packages.slnf"), "-c", "Release", "-o", Feed, "--nologo", "--disable-build-servers",
             $"-p:Version={Version}", "--artifacts-path", Path.Combine(Root, "pack-artifacts")],
            CommandTimeout);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);

        // The consumer's restores put this run's version into the NuGet cache; nothing else will ever ask for it.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in new[] { "entsoe.transparency", "entsoe.transparency.tokens" })
        {
            var cached = Path.Combine(cache, id, Version.ToLowerInvariant());
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }

        return Task.CompletedTask;
    }
}
