namespace Entsoe.Transparency.Tests.Responses;

/// <summary>
/// Every "too much" wording: the ones the platform is known to send (quoted in public clients' issues, 2021-2026) and
/// plain-English phrasings of the same facts, each with the numbers it states.
/// </summary>
public class BodyNoticesTooLargeTests
{
    public static TheoryData<string, TransparencyQueryLimit, int?, int?> Counts => new()
    {
        // Sent since the platform's new infrastructure (November 2025), with and without the data item.
        { "The number of instances (149) exceeds the allowed maximum (100).", TransparencyQueryLimit.Instances, 149, 100 },
        { "The number of instances (365) exceeds the allowed maximum (100) for data item ENERGY_PRICES.", TransparencyQueryLimit.Instances, 365, 100 },
        { "Too many instances requested: 240, allowed 100.", TransparencyQueryLimit.Instances, 240, 100 },
        { "The amount of requested data exceeds allowed limit. Requested 1234 documents but allowed 100", TransparencyQueryLimit.Documents, 1234, 100 },
        { "The amount of requested data exceeds allowed limit of 200 documents. Requested 204 documents.", TransparencyQueryLimit.Documents, 204, 200 },
        { "The amount of requested data to be gathered via the offset parameter exceeds the allowed limit of 5000 documents. Requested 5210 documents.", TransparencyQueryLimit.Documents, 5210, 5000 },
        { "Too many documents: requested 204, the maximum is 200.", TransparencyQueryLimit.Documents, 204, 200 },
        { "The query exceeds the allowed limit of 500 items. Requested 600", TransparencyQueryLimit.Documents, 600, 500 },
        { "The amount of requested data exceeds allowed limit.", TransparencyQueryLimit.Documents, null, null },
        { "The request exceeds the allowed maximum.", TransparencyQueryLimit.Unknown, null, null },
    };

    public static TheoryData<string, double?, string?> Periods => new()
    {
        // What the platform sends (2024-2026): the interval asked for, with a zone name in brackets or without.
        { "Provided time interval (2021-12-30T23:00Z[UTC] - 2023-01-01T23:00Z[UTC]) is larger than maximum allowed period 'P1Y' for 'ENERGY_PRICES:XML' export.", 367, "P1Y" },
        { "Provided time interval (2023-01-01T00:00:00Z - 2024-01-01T00:00:00Z) is larger than maximum allowed period 'P1M' for 'AGGREGATED_GENERATION_PER_TYPE_R3:XML' export.", 365, "P1M" },
        { "The requested period of 400 days exceeds the allowed maximum of 365 days.", 400, "P365D" },
        { "Requested period too long: at most 1 year per query.", null, "P1Y" },
        { "The time interval is too long.", null, null },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void TooLarge_CountWording_ReadsWhatAndTheNumbers(string text, TransparencyQueryLimit limit, int? requested, int? allowed)
    {
        var notice = BodyNotices.TooLarge(text);

        Assert.NotNull(notice);
        Assert.Equal(limit, notice.Limit);
        Assert.Equal(requested, notice.RequestedCount);
        Assert.Equal(allowed, notice.AllowedCount);
        Assert.Null(notice.AllowedPeriod);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void TooLarge_PeriodWording_ReadsThePeriods(string text, double? requestedDays, string? allowed)
    {
        var notice = BodyNotices.TooLarge(text);

        Assert.NotNull(notice);
        Assert.Equal(TransparencyQueryLimit.Period, notice.Limit);
        Assert.Equal(requestedDays, notice.RequestedPeriod?.TotalDays);
        Assert.Equal(allowed, notice.AllowedPeriod);
        Assert.Null(notice.RequestedCount);
    }

    [Theory]
    [InlineData("Mandatory parameter 'in_Domain' is missing.")]
    [InlineData("No matching data found for Data item ENERGY_PRICES and interval 2024-10-26T21:00:00.000Z/2024-10-26T21:00:00.000Z")]
    [InlineData("Invalid query attributes or parameters")]
    [InlineData("")]
    public void TooLarge_OtherRefusal_Null(string text)
    {
        Assert.Null(BodyNotices.TooLarge(text));
    }
}
