namespace Entsoe.Transparency;

/// <summary>Adds areas to a <see cref="TransparencyQuery"/> without spelling out EIC codes.</summary>
public static class TransparencyAreaQueryExtensions
{
    /// <summary>Adds a domain parameter such as <c>in_Domain</c> or <c>biddingZone_Domain</c> with the area's EIC code.</summary>
    /// <param name="query">The query.</param>
    /// <param name="parameterName">The parameter's name, as the platform spells it.</param>
    /// <param name="area">The area, for example <see cref="TransparencyAreas.DeLu"/>.</param>
    /// <returns>The query.</returns>
    public static TransparencyQuery WithDomain(this TransparencyQuery query, string parameterName, TransparencyArea area)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(area);
        return query.WithDomain(parameterName, area.Eic);
    }
}
