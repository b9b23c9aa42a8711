namespace Entsoe.Transparency.Tests.Areas;

public class TransparencyAreaTests
{
    [Fact]
    public void Constructor_ValidArguments_NormalisesTheEic()
    {
        var area = new TransparencyArea(" 10y1001a1001b004 ", "AM", "Armenia", "Asia/Yerevan", AreaKinds.Country);

        Assert.Equal("10Y1001A1001B004", area.Eic);
        Assert.Equal("Asia/Yerevan", area.TimeZone.Id);
    }

    [Fact]
    public void Constructor_InvalidEic_ThrowsForTheEic()
    {
        var error = Assert.Throws<ArgumentException>(() => new TransparencyArea("10Y1001A1001B005", "AM", "Armenia", "Asia/Yerevan", AreaKinds.Country));

        Assert.Equal("eic", error.ParamName);
    }

    [Fact]
    public void Constructor_UnknownTimeZone_ThrowsSuggestingAnIanaId()
    {
        var error = Assert.Throws<ArgumentException>(() => new TransparencyArea("10Y1001A1001B004", "AM", "Armenia", "Europe/Atlantis", AreaKinds.Country));

        Assert.Equal("timeZoneId", error.ParamName);
        Assert.Contains("IANA", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AreaKinds.BiddingZone, true)]
    [InlineData(AreaKinds.BiddingZone | AreaKinds.Country, true)]
    [InlineData(AreaKinds.BiddingZoneAggregation, false)]
    [InlineData(AreaKinds.None, false)]
    public void HasKind_Austria_MatchesItsRoles(AreaKinds kinds, bool expected)
    {
        var has = TransparencyAreas.At.HasKind(kinds);

        Assert.Equal(expected, has);
    }

    [Fact]
    public void Equals_SameCodes_AreEqual()
    {
        var custom = new TransparencyArea("10Y1001A1001A82H", "DE_LU", "Deutschland-Luxemburg", "Europe/Berlin", AreaKinds.BiddingZone);

        Assert.Equal(TransparencyAreas.DeLu, custom);
        Assert.Equal(TransparencyAreas.DeLu.GetHashCode(), custom.GetHashCode());
        Assert.NotEqual(TransparencyAreas.DeLu, TransparencyAreas.De);
    }

    [Fact]
    public void ToString_CatalogueArea_ShowsCodeAndEic()
    {
        var text = TransparencyAreas.Fr.ToString();

        Assert.Equal("FR (10YFR-RTE------C)", text);
    }

    [Fact]
    public void TimeZone_Ukraine_ConvertsWithItsOwnOffset()
    {
        var winterNoonUtc = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

        var local = TimeZoneInfo.ConvertTime(winterNoonUtc, TransparencyAreas.Ua.TimeZone);

        Assert.Equal(TimeSpan.FromHours(2), local.Offset);
    }

    [Fact]
    public void WithDomain_Area_AddsItsEic()
    {
        var query = new TransparencyQuery("A44").WithDomain("in_Domain", TransparencyAreas.Nl);

        Assert.Equal(new KeyValuePair<string, string>("in_Domain", "10YNL----------L"), Assert.Single(query.Parameters));
    }

    [Theory]
    [InlineData("2026-03-29T00:59:00Z", "2026-03-29T01:59:00+01:00")]
    [InlineData("2026-03-29T01:00:00Z", "2026-03-29T03:00:00+02:00")]
    [InlineData("2026-10-25T00:30:00Z", "2026-10-25T02:30:00+02:00")]
    [InlineData("2026-10-25T01:30:00Z", "2026-10-25T02:30:00+01:00")]
    public void ToLocalTime_AroundBothChangesInBerlin_CarriesTheOffsetOfThatInstant(string utc, string local)
    {
        var instant = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        var converted = TransparencyAreas.DeLu.ToLocalTime(instant);

        var expected = DateTimeOffset.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((expected.DateTime, expected.Offset), (converted.DateTime, converted.Offset));
        Assert.Equal(instant, converted);
    }

    [Fact]
    public void ToLocalTime_Kyiv_UsesEasternEuropeanTime()
    {
        var converted = TransparencyAreas.Ua.ToLocalTime(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(3), converted.Offset);
    }
}
