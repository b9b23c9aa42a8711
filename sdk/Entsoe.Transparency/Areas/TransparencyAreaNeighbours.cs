using System.Collections.Frozen;
using System.Collections.ObjectModel;

namespace Entsoe.Transparency;

/// <summary>
/// The bidding zones each bidding zone shares a border with on the platform: the borders it publishes cross-border
/// physical flows for (article 12.1.G). Used by the methods that ask every border of an area at once, such as
/// <see cref="TransparencyClient.GetPhysicalFlowsWithNeighboursAsync"/>.
/// </summary>
/// <remarks>
/// The table is the platform's border list of its "Cross-Border Physical Flow [12.1.G]" view
/// (https://transparency.entsoe.eu/transmission-domain/physicalFlow/show, its "Border" choices between two bidding
/// zones) as of 2026, written as data of this SDK and compared with entsoe-py's <c>NEIGHBOURS</c> (mappings.py). It
/// differs from that on purpose where the zones changed: Germany-Austria-Luxembourg (split in October 2018) and the
/// Italian zones merged in 2019–2021 (Brindisi, Foggia, Rossano, Priolo) have no borders here, Greece and Montenegro
/// meet Italy at the zones their interconnectors land in today (South, Centre-South), and Kosovo's borders are its
/// own rather than counted as Serbia's. Every border is listed from both sides, which the tests check.
/// </remarks>
public static class TransparencyAreaNeighbours
{
    // Short codes of TransparencyAreas; each line is one zone and every zone it borders, in alphabetical order.
    internal static readonly FrozenDictionary<string, string[]> Table = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["AL"] = ["GR", "ME", "XK"],
        ["AT"] = ["CH", "CZ", "DE_LU", "HU", "IT_NORD", "SI"],
        ["BA"] = ["HR", "ME", "RS"],
        ["BE"] = ["DE_LU", "FR", "GB", "NL"],
        ["BG"] = ["GR", "MK", "RO", "RS", "TR"],
        ["BY"] = ["LT"],
        ["CH"] = ["AT", "DE_LU", "FR", "IT_NORD"],
        ["CZ"] = ["AT", "DE_LU", "PL", "SK"],
        ["DE_LU"] = ["AT", "BE", "CH", "CZ", "DK_1", "DK_2", "FR", "NL", "NO_2", "PL", "SE_4"],
        ["DK_1"] = ["DE_LU", "DK_2", "GB", "NL", "NO_2", "SE_3"],
        ["DK_2"] = ["DE_LU", "DK_1", "SE_4"],
        ["EE"] = ["FI", "LV", "RU"],
        ["ES"] = ["FR", "PT"],
        ["FI"] = ["EE", "NO_4", "RU", "SE_1", "SE_3"],
        ["FR"] = ["BE", "CH", "DE_LU", "ES", "GB", "IT_NORD"],
        ["GB"] = ["BE", "DK_1", "FR", "IE_SEM", "NL", "NO_2"],
        ["GR"] = ["AL", "BG", "IT_SUD", "MK", "TR"],
        ["HR"] = ["BA", "HU", "RS", "SI"],
        ["HU"] = ["AT", "HR", "RO", "RS", "SI", "SK", "UA"],
        ["IE_SEM"] = ["GB"],
        ["IT_CALA"] = ["IT_SICI", "IT_SUD"],
        ["IT_CNOR"] = ["IT_CSUD", "IT_NORD", "IT_SARD"],
        ["IT_CSUD"] = ["IT_CNOR", "IT_SARD", "IT_SUD", "ME"],
        ["IT_NORD"] = ["AT", "CH", "FR", "IT_CNOR", "SI"],
        ["IT_SARD"] = ["IT_CNOR", "IT_CSUD"],
        ["IT_SICI"] = ["IT_CALA", "MT"],
        ["IT_SUD"] = ["GR", "IT_CALA", "IT_CSUD"],
        ["LT"] = ["BY", "LV", "PL", "RU_KGD", "SE_4"],
        ["LV"] = ["EE", "LT", "RU"],
        ["MD"] = ["RO", "UA"],
        ["ME"] = ["AL", "BA", "IT_CSUD", "RS", "XK"],
        ["MK"] = ["BG", "GR", "RS", "XK"],
        ["MT"] = ["IT_SICI"],
        ["NL"] = ["BE", "DE_LU", "DK_1", "GB", "NO_2"],
        ["NO_1"] = ["NO_2", "NO_3", "NO_5", "SE_3"],
        ["NO_2"] = ["DE_LU", "DK_1", "GB", "NL", "NO_1", "NO_5"],
        ["NO_3"] = ["NO_1", "NO_4", "NO_5", "SE_2"],
        ["NO_4"] = ["FI", "NO_3", "SE_1", "SE_2"],
        ["NO_5"] = ["NO_1", "NO_2", "NO_3"],
        ["PL"] = ["CZ", "DE_LU", "LT", "SE_4", "SK", "UA"],
        ["PT"] = ["ES"],
        ["RO"] = ["BG", "HU", "MD", "RS", "UA"],
        ["RS"] = ["BA", "BG", "HR", "HU", "ME", "MK", "RO", "XK"],
        ["RU"] = ["EE", "FI", "LV"],
        ["RU_KGD"] = ["LT"],
        ["SE_1"] = ["FI", "NO_4", "SE_2"],
        ["SE_2"] = ["NO_3", "NO_4", "SE_1", "SE_3"],
        ["SE_3"] = ["DK_1", "FI", "NO_1", "SE_2", "SE_4"],
        ["SE_4"] = ["DE_LU", "DK_2", "LT", "PL", "SE_3"],
        ["SI"] = ["AT", "HR", "HU", "IT_NORD"],
        ["SK"] = ["CZ", "HU", "PL", "UA"],
        ["TR"] = ["BG", "GR"],
        ["UA"] = ["HU", "MD", "PL", "RO", "SK"],
        ["XK"] = ["AL", "ME", "MK", "RS"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ReadOnlyCollection<TransparencyArea>> ByEic = Table.ToFrozenDictionary(
        entry => TransparencyAreas.Find(entry.Key).Eic,
        entry => Array.AsReadOnly(Array.ConvertAll(entry.Value, TransparencyAreas.Find)),
        StringComparer.Ordinal);

    private static readonly ReadOnlyCollection<TransparencyArea> AreasWithNeighbours =
        Array.AsReadOnly([.. Table.Keys.Order(StringComparer.Ordinal).Select(TransparencyAreas.Find)]);

    /// <summary>The bidding zones the table lists neighbours for, by short code.</summary>
    public static IReadOnlyList<TransparencyArea> Areas => AreasWithNeighbours;

    /// <summary>The bidding zones that share a border with <paramref name="area"/>, by short code.</summary>
    /// <param name="area">A bidding zone, for example <see cref="TransparencyAreas.Be"/>.</param>
    /// <returns>Its neighbours; empty for an area that is not a bidding zone of the table (a country, a control area, an area of your own).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public static IReadOnlyList<TransparencyArea> Of(TransparencyArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return ByEic.TryGetValue(area.Eic, out var neighbours) ? neighbours : [];
    }
}
