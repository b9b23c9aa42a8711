using System.Globalization;

namespace Entsoe.Transparency;

/// <summary>The platform's codes for the enums of the typed queries; an undefined value is refused, never sent.</summary>
internal static partial class DataItemCodes
{
    public static string Of(ProductionType value, string paramName) =>
        value is >= ProductionType.Biomass and <= ProductionType.Other or ProductionType.EnergyStorage
            ? string.Create(CultureInfo.InvariantCulture, $"B{(int)value:D2}")
            : throw Undefined(value, paramName);

    public static string Of(WindAndSolarForecastHorizon value, string paramName) => value switch
    {
        WindAndSolarForecastHorizon.DayAhead => "A01",
        WindAndSolarForecastHorizon.Intraday => "A40",
        WindAndSolarForecastHorizon.Current => "A18",
        _ => throw Undefined(value, paramName),
    };

    public static string Of(CommercialScheduleType value, string paramName) => value switch
    {
        CommercialScheduleType.Total => "A05",
        CommercialScheduleType.DayAhead => "A01",
        _ => throw Undefined(value, paramName),
    };

    public static string Of(NetTransferCapacityHorizon value, string paramName) => value switch
    {
        NetTransferCapacityHorizon.DayAhead => "A01",
        NetTransferCapacityHorizon.WeekAhead => "A02",
        NetTransferCapacityHorizon.MonthAhead => "A03",
        NetTransferCapacityHorizon.YearAhead => "A04",
        _ => throw Undefined(value, paramName),
    };

    public static string Of(LoadForecastHorizon value, string paramName) => value switch
    {
        LoadForecastHorizon.DayAhead => "A01",
        LoadForecastHorizon.WeekAhead => "A31",
        LoadForecastHorizon.MonthAhead => "A32",
        LoadForecastHorizon.YearAhead => "A33",
        _ => throw Undefined(value, paramName),
    };

    public static string Of(IntradayAuction value, string paramName) => value switch
    {
        IntradayAuction.Ida1 => "1",
        IntradayAuction.Ida2 => "2",
        IntradayAuction.Ida3 => "3",
        _ => throw Undefined(value, paramName),
    };

    public static string Of(NetPositionHorizon value, string paramName) => value switch
    {
        NetPositionHorizon.DayAhead => "A01",
        NetPositionHorizon.Intraday => "A07",
        _ => throw Undefined(value, paramName),
    };

    public static string Of(AggregatedBidProcess value, string paramName) => value switch
    {
        AggregatedBidProcess.Afrr => "A51",
        AggregatedBidProcess.Mfrr => "A47",
        AggregatedBidProcess.ReplacementReserve => "A46",
        AggregatedBidProcess.MfrrScheduledActivation => "A60",
        AggregatedBidProcess.MfrrDirectActivation => "A61",
        AggregatedBidProcess.AfrrCentralSelection => "A67",
        AggregatedBidProcess.AfrrLocalSelection => "A68",
        _ => throw Undefined(value, paramName),
    };

    internal static ArgumentOutOfRangeException Undefined<T>(T value, string paramName)
        where T : struct, Enum =>
        new(paramName, value, $"{value} is not a defined {typeof(T).Name}.");
}
