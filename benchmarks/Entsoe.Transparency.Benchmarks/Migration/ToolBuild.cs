using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace Entsoe.Transparency.Benchmarks.Migration;

/// <summary>
/// Says which build a <c>--tool</c> is, from its files: a figure in docs/benchmarks.md is only worth as much as the
/// certainty about what was measured (a tool package once lost its tiered-compilation switch unnoticed).
/// </summary>
public static class ToolBuild
{
    public static string Describe(string toolPath)
    {
        var entry = toolPath;
        // An installed tool's command is a link into the tool store.
        var resolved = new FileInfo(entry).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(entry);
        var folder = Path.GetDirectoryName(resolved)!;
        var assembly = Path.Combine(folder, "entsoe-tokens.dll");
        var config = Path.Combine(folder, "entsoe-tokens.runtimeconfig.json");
        if (!File.Exists(assembly) || !File.Exists(config))
        {
            return "build unknown (no entsoe-tokens.dll and runtimeconfig next to it)";
        }

        using var json = JsonDocument.Parse(File.ReadAllText(config));
        var options = json.RootElement.GetProperty("runtimeOptions");
        var selfContained = options.TryGetProperty("includedFrameworks", out _);
        var tieredOff = options.TryGetProperty("configProperties", out var properties)
            && properties.TryGetProperty("System.Runtime.TieredCompilation", out var tiered)
            && tiered.ValueKind == JsonValueKind.False;
        var code = Directory.EnumerateFiles(folder, "*.r2r.dll").Any()
            ? "composite ReadyToRun"
            : HasNativeCode(assembly) ? "ReadyToRun" : "IL only (JIT)";
        return $"{(selfContained ? "self-contained" : "framework-dependent")}, {code}, tiered compilation {(tieredOff ? "off" : "on")}";
    }

    private static bool HasNativeCode(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
