namespace Entsoe.Transparency;

/// <summary>The platform's codes for the balancing enums, both ways: what a query sends, and what a series states.</summary>
internal static class BalancingCodes
{
    public static string ProcessTypeOf(BalancingReserveType value, string paramName) => value switch
    {
        BalancingReserveType.FrequencyContainment => "A52",
        BalancingReserveType.AutomaticFrequencyRestoration => "A51",
        BalancingReserveType.ManualFrequencyRestoration => "A47",
        BalancingReserveType.Replacement => "A46",
        _ => throw DataItemCodes.Undefined(value, paramName),
    };

    public static string BusinessTypeOf(BalancingReserveType value, string paramName) => value switch
    {
        BalancingReserveType.FrequencyContainment => "A95",
        BalancingReserveType.AutomaticFrequencyRestoration => "A96",
        BalancingReserveType.ManualFrequencyRestoration => "A97",
        BalancingReserveType.Replacement => "A98",
        _ => throw DataItemCodes.Undefined(value, paramName),
    };

    public static string Of(BalancingMarketAgreementType value, string paramName) => value switch
    {
        BalancingMarketAgreementType.Hourly => "A13",
        BalancingMarketAgreementType.Daily => "A01",
        BalancingMarketAgreementType.Weekly => "A02",
        BalancingMarketAgreementType.Monthly => "A03",
        BalancingMarketAgreementType.Yearly => "A04",
        BalancingMarketAgreementType.LongTerm => "A06",
        _ => throw DataItemCodes.Undefined(value, paramName),
    };

    public static BalancingReserveType? ReserveTypeOfBusinessType(string? code) => code switch
    {
        "A95" => BalancingReserveType.FrequencyContainment,
        "A96" => BalancingReserveType.AutomaticFrequencyRestoration,
        "A97" => BalancingReserveType.ManualFrequencyRestoration,
        "A98" => BalancingReserveType.Replacement,
        _ => null,
    };

    public static BalancingDirection? DirectionOf(string? code) => code switch
    {
        "A01" => BalancingDirection.Up,
        "A02" => BalancingDirection.Down,
        "A03" => BalancingDirection.Symmetric,
        _ => null,
    };

    public static BalancingMarketAgreementType? MarketAgreementTypeOf(string? code) => code switch
    {
        "A13" => BalancingMarketAgreementType.Hourly,
        "A01" => BalancingMarketAgreementType.Daily,
        "A02" => BalancingMarketAgreementType.Weekly,
        "A03" => BalancingMarketAgreementType.Monthly,
        "A04" => BalancingMarketAgreementType.Yearly,
        "A06" => BalancingMarketAgreementType.LongTerm,
        _ => null,
    };
}
