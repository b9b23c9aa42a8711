using Entsoe.Transparency.Redis.TestHost;

// Arguments are `--name value` pairs (a flag alone has the value "true") after the mode.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i < args.Length; i++)
{
    var name = args[i].TrimStart('-');
    options[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
}

return args.FirstOrDefault() switch
{
    "worker" => await FleetWorker.RunAsync(options),
    "permit-cost" => await PermitCost.RunAsync(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: worker --api URL --callers N --requests M --limit L --window-ms W --burst B --prefix P [--egress E] [--fail-fast] | permit-cost [--requests N]");
    return 2;
}
