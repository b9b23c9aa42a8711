namespace Entsoe.Transparency;

// The codes of the transmission domain's selectors (offered capacity, A31).
internal static partial class DataItemCodes
{
    public static string Of(CapacityAllocation value, string paramName) => value switch
    {
        CapacityAllocation.Implicit => "A01",
        CapacityAllocation.Explicit => "A02",
        _ => throw Undefined(value, paramName),
    };

    public static string Of(CapacityContractType value, string paramName) => value switch
    {
        CapacityContractType.Daily => "A01",
        CapacityContractType.Weekly => "A02",
        CapacityContractType.Monthly => "A03",
        CapacityContractType.Yearly => "A04",
        CapacityContractType.LongTerm => "A06",
        CapacityContractType.Intraday => "A07",
        CapacityContractType.Quarterly => "A08",
        _ => throw Undefined(value, paramName),
    };

    public static string Of(AuctionCategory value, string paramName) => value switch
    {
        AuctionCategory.Base => "A01",
        AuctionCategory.Peak => "A02",
        AuctionCategory.OffPeak => "A03",
        AuctionCategory.Hourly => "A04",
        _ => throw Undefined(value, paramName),
    };

    /// <summary>The <c>Auction.Type</c> and, for an intraday auction, its position in the day.</summary>
    public static (string AuctionType, string? Position) Of(IntradayCapacityAllocation value, string paramName) => value switch
    {
        IntradayCapacityAllocation.Continuous => ("A08", null),
        IntradayCapacityAllocation.FirstAuction => ("A01", "1"),
        IntradayCapacityAllocation.SecondAuction => ("A01", "2"),
        IntradayCapacityAllocation.ThirdAuction => ("A01", "3"),
        IntradayCapacityAllocation.Explicit => ("A02", null),
        _ => throw Undefined(value, paramName),
    };
}
