using System.Reflection;
using System.Text.RegularExpressions;
using Entsoe.Transparency.Tests.Packaging;

namespace Entsoe.Transparency.Tests.Queries;

/// <summary>
/// docs/sdk.md's coverage table maps every method of entsoe-py's <c>EntsoePandasClient</c> to a typed method; these
/// tests keep it true as methods are renamed or added.
/// </summary>
public sealed partial class CoverageTableTests
{
    // entsoe-py's EntsoePandasClient at commit fbd0d24 (April 2026): its 41 query methods.
    private static readonly string[] PandasClientMethods =
    [
        "query_activated_balancing_energy", "query_activated_balancing_energy_prices", "query_aggregate_water_reservoirs_and_hydro_storage",
        "query_aggregated_bids", "query_contracted_reserve_amount", "query_contracted_reserve_prices",
        "query_contracted_reserve_prices_procured_capacity", "query_crossborder_flows", "query_current_balancing_state",
        "query_day_ahead_prices", "query_day_ahead_prices_local", "query_generation", "query_generation_forecast",
        "query_generation_import", "query_generation_per_plant", "query_imbalance_prices", "query_imbalance_volumes",
        "query_import", "query_installed_generation_capacity", "query_installed_generation_capacity_per_unit",
        "query_intraday_offered_capacity", "query_intraday_prices", "query_intraday_wind_and_solar_forecast", "query_load",
        "query_load_and_forecast", "query_load_forecast", "query_net_position", "query_net_transfer_capacity_dayahead",
        "query_net_transfer_capacity_monthahead", "query_net_transfer_capacity_weekahead", "query_net_transfer_capacity_yearahead",
        "query_offered_capacity", "query_physical_crossborder_allborders", "query_procured_balancing_capacity",
        "query_scheduled_exchanges", "query_unavailability_of_generation_units", "query_unavailability_of_offshore_grid",
        "query_unavailability_of_production_units", "query_unavailability_transmission", "query_wind_and_solar_forecast",
        "query_withdrawn_unavailability_of_generation_units",
    ];

    [Fact]
    public void CoverageTable_EveryPandasClientMethod_HasExactlyOneRow()
    {
        var rows = ReadRows();

        Assert.Equal(41, PandasClientMethods.Length);
        Assert.Equal(PandasClientMethods.Order(StringComparer.Ordinal), rows.Select(row => row.PandasMethod).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CoverageTable_EverySdkMethodNamed_IsAPublicTypedMethodOfTheClient()
    {
        var typed = typeof(TransparencyClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.IsVirtual && method.Name.StartsWith("Get", StringComparison.Ordinal) && method.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(method => method.Name)
            .ToHashSet(StringComparer.Ordinal);

        var unknown = ReadRows().Where(row => !typed.Contains(row.SdkMethod)).Select(row => $"{row.PandasMethod} -> {row.SdkMethod}").ToList();

        Assert.True(unknown.Count == 0, $"docs/sdk.md names methods TransparencyClient does not have: {string.Join(", ", unknown)}");
    }

    private static List<(string PandasMethod, string SdkMethod)> ReadRows()
    {
        var text = File.ReadAllText(Path.Combine(SdkPackages.RepositoryRoot(), "docs", "sdk.md"));
        var start = text.IndexOf("<!-- coverage:start -->", StringComparison.Ordinal);
        var end = text.IndexOf("<!-- coverage:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/sdk.md has no coverage table between its coverage:start and coverage:end markers.");
        return Row().Matches(text[start..end])
            .Select(match => (match.Groups["pandas"].Value, match.Groups["sdk"].Value))
            .ToList();
    }


    [GeneratedRegex(@"^\| `(?<pandas>query_\w+)` \| `(?<sdk>Get\w+Async)\(", RegexOptions.Multiline)]
    private static partial Regex Row();
}
