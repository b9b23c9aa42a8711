using System.Runtime.InteropServices;
using Entsoe.Transparency.Migrator.Cli;
using Entsoe.Transparency.Migrator.Tests.Support;

namespace Entsoe.Transparency.Migrator.Tests.Packaging;

/// <summary>
/// The tool packages that the README's <c>dotnet pack</c> makes, packed once for the machine running the tests: the
/// pointer package, this platform's package and the framework-dependent <c>any</c> package. Built from the repository's
/// sources into a folder of its own, so the solution's build output is never touched.
/// </summary>
public sealed class ToolPackages : IAsyncLifetime
{
    private readonly TempDirectory root = new();

    /// <summary>This machine's platform, as the .NET CLI names it when it picks a tool package.</summary>
    public static string Platform => RuntimeInformation.RuntimeIdentifier;

    public string Folder => root.File("nupkg");

    public string Scratch => root.Path;

    public CliResult? Pack { get; private set; }

    public async Task InitializeAsync()
    {
        var project = Path.Combine(RepositoryRoot(), "migrator", "Entsoe.Transparency.Migrator", "Entsoe.Transparency.Migrator.csproj");
        Pack = await ChildCommand.RunAsync(
            "dotnet",
            ["pack", project, "-c", "Release", "-o", Folder, "--nologo", "--disable-build-servers",
             $"-p:ToolPackagePlatforms={Platform}", "-p:UseArtifactsOutput=true", $"-p:ArtifactsPath={root.File("artifacts")}"],
            TimeSpan.FromMinutes(15));
    }

    public Task DisposeAsync()
    {
        root.Dispose();
        return Task.CompletedTask;
    }

    public string Package(string id) => Path.Combine(Folder, $"{id}.{PackageVersion}.nupkg");

    // The package version is the project's Version, which the assembly version repeats with a fourth part.
    private static string PackageVersion => typeof(MigratorCli).Assembly.GetName().Version!.ToString(3);

    private static string RepositoryRoot()
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
}
