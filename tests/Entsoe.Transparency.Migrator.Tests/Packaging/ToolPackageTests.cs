using System.IO.Compression;
using Entsoe.Transparency.Migrator.Tests.Support;

namespace Entsoe.Transparency.Migrator.Tests.Packaging;

/// <summary>
/// What a DBA gets from <c>dotnet pack</c> and <c>dotnet tool install</c>: this platform's build is the measured fast one
/// (self-contained, composite ReadyToRun, no re-compilation at run time), and the <c>any</c> package still runs
/// anywhere a .NET runtime is installed. Each runs the demo end to end.
/// </summary>
public sealed class ToolPackageTests(ToolPackages packages) : IClassFixture<ToolPackages>
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void DotnetPack_ToolProject_MakesPointerPlatformAndAnyPackages()
    {
        Assert.True(packages.Pack!.ExitCode == 0, $"dotnet pack failed: {packages.Pack.Out}{packages.Pack.Error}");
        Assert.True(File.Exists(packages.Package("Entsoe.Transparency.Migrator")));
        Assert.True(File.Exists(packages.Package($"Entsoe.Transparency.Migrator.{ToolPackages.Platform}")));
        Assert.True(File.Exists(packages.Package("Entsoe.Transparency.Migrator.any")));

        using var pointer = ZipFile.OpenRead(packages.Package("Entsoe.Transparency.Migrator"));
        var settings = pointer.Entries.Single(e => e.Name == "DotnetToolSettings.xml");
        using var reader = new StreamReader(settings.Open());
        var text = reader.ReadToEnd();
        Assert.Contains($"RuntimeIdentifier=\"{ToolPackages.Platform}\"", text, StringComparison.Ordinal);
        Assert.Contains("RuntimeIdentifier=\"any\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(pointer.Entries, e => e.Name == "entsoe-tokens.dll");
    }

    [Fact]
    public async Task DotnetToolInstall_ThisPlatform_InstallsCompositeBuildThatRunsTheDemo()
    {
        Assert.True(packages.Pack!.ExitCode == 0, $"dotnet pack failed: {packages.Pack.Out}{packages.Pack.Error}");
        var toolPath = Path.Combine(packages.Scratch, "tools-" + Guid.NewGuid().ToString("N"));

        var install = await ChildCommand.RunAsync(
            "dotnet",
            ["tool", "install", "Entsoe.Transparency.Migrator", "--tool-path", toolPath, "--add-source", packages.Folder, "--ignore-failed-sources"],
            CommandTimeout);
        Assert.True(install.ExitCode == 0, $"dotnet tool install failed: {install.All}");

        var store = Path.Combine(toolPath, ".store");
        var runtimeConfig = File.ReadAllText(Directory.GetFiles(store, "entsoe-tokens.runtimeconfig.json", SearchOption.AllDirectories).Single());
        Assert.Contains("includedFrameworks", runtimeConfig, StringComparison.Ordinal);
        Assert.Contains("\"System.Runtime.TieredCompilation\": false", runtimeConfig, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(store, "*.r2r.dll", SearchOption.AllDirectories));

        var demo = await ChildCommand.RunAsync(
            Path.Combine(toolPath, "entsoe-tokens"),
            ["demo", "--rows", "2000", "--dir", Path.Combine(packages.Scratch, "demo-installed")],
            CommandTimeout);
        Assert.True(demo.ExitCode == 0, $"the installed tool's demo failed: {demo.All}");
        Assert.Contains("Verification passed.", demo.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyPackage_InstalledRuntime_RunsTheDemo()
    {
        Assert.True(packages.Pack!.ExitCode == 0, $"dotnet pack failed: {packages.Pack.Out}{packages.Pack.Error}");
        var extracted = Path.Combine(packages.Scratch, "any-" + Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(packages.Package("Entsoe.Transparency.Migrator.any"), extracted);
        var tool = Directory.GetFiles(extracted, "entsoe-tokens.dll", SearchOption.AllDirectories).Single();
        var runtimeConfig = File.ReadAllText(Path.ChangeExtension(tool, ".runtimeconfig.json"));
        Assert.DoesNotContain("includedFrameworks", runtimeConfig, StringComparison.Ordinal);

        var demo = await ChildCommand.RunAsync(
            "dotnet",
            [tool, "demo", "--rows", "2000", "--dir", Path.Combine(packages.Scratch, "demo-any")],
            CommandTimeout);
        Assert.True(demo.ExitCode == 0, $"the any package's demo failed: {demo.All}");
        Assert.Contains("Verification passed.", demo.All, StringComparison.Ordinal);
    }
}
