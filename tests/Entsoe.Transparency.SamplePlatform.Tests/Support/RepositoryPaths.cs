namespace Entsoe.Transparency.SamplePlatform.Tests.Support;

/// <summary>Folders of the repository the tests run from.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding Toolkit.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The sample's project folder: its content root (pages, wwwroot, appsettings.json).</summary>
    public static string SampleContentRoot => Path.Combine(Root, "samples", "Entsoe.Transparency.SamplePlatform");

    /// <summary>Where screenshots go: the TestResults folder .ci/run collects.</summary>
    public static string Screenshots
    {
        get
        {
            var path = Path.Combine(Root, "TestResults", "SamplePlatform");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Toolkit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Toolkit.sln was not found above the test assembly; run the tests from the repository.");
    }
}
