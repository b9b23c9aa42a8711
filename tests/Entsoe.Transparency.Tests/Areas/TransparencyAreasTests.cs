using System.Reflection;

namespace Entsoe.Transparency.Tests.Areas;

public class TransparencyAreasTests
{
    public static TheoryData<string> AllCodes()
    {
        var data = new TheoryData<string>();
        foreach (var area in TransparencyAreas.All)
        {
            data.Add(area.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void All_EveryArea_HasAValidEic(string code)
    {
        var area = TransparencyAreas.Find(code);

        Assert.True(EicCode.IsValid(area.Eic), $"{area} fails the EIC check");
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void All_EveryArea_TimeZoneResolvesOnThisMachine(string code)
    {
        var area = TransparencyAreas.Find(code);

        var zone = TimeZoneInfo.FindSystemTimeZoneById(area.TimeZoneId);

        Assert.Equal(area.TimeZoneId, zone.Id);
        Assert.Same(area.TimeZone, area.TimeZone);
    }

    [Theory]
    [MemberData(nameof(AllCodes))]
    public void All_EveryArea_HasANameAndARole(string code)
    {
        var area = TransparencyAreas.Find(code);

        Assert.False(string.IsNullOrWhiteSpace(area.DisplayName));
        Assert.NotEqual(AreaKinds.None, area.Kinds);
    }

    [Fact]
    public void All_ListsEveryCatalogueProperty()
    {
        var properties = typeof(TransparencyAreas).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(property => property.PropertyType == typeof(TransparencyArea))
            .Select(property => (TransparencyArea)property.GetValue(null)!);

        Assert.Equal(properties.OrderBy(area => area.Code, StringComparer.Ordinal), TransparencyAreas.All);
    }

    [Fact]
    public void All_IsOrderedByCode()
    {
        var codes = TransparencyAreas.All.Select(area => area.Code).ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void All_Codes_AreUnique()
    {
        var codes = TransparencyAreas.All.Select(area => area.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void All_Eics_AreUnique()
    {
        var eics = TransparencyAreas.All.Select(area => area.Eic).ToList();

        Assert.Equal(eics.Count, eics.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void All_TimeZones_UseKyivNotKiev()
    {
        var zones = TransparencyAreas.All.Select(area => area.TimeZoneId);

        Assert.DoesNotContain("Europe/Kiev", zones);
        Assert.Equal("Europe/Kyiv", TransparencyAreas.Ua.TimeZoneId);
    }

    [Fact]
    public void All_Cast_CannotBeModified()
    {
        var all = TransparencyAreas.All;

        Assert.False(all is TransparencyArea[]);
        Assert.True(((ICollection<TransparencyArea>)all).IsReadOnly);
    }

    [Theory]
    [InlineData("DE_LU", "10Y1001A1001A82H", "Europe/Berlin")]
    [InlineData("FR", "10YFR-RTE------C", "Europe/Paris")]
    [InlineData("NL", "10YNL----------L", "Europe/Amsterdam")]
    [InlineData("NO_2", "10YNO-2--------T", "Europe/Oslo")]
    [InlineData("IE_SEM", "10Y1001A1001A59C", "Europe/Dublin")]
    [InlineData("CY", "10YCY-1001A0003J", "Asia/Nicosia")]
    public void Find_ShortCode_ReturnsTheAreasEicAndTimeZone(string code, string eic, string timeZoneId)
    {
        var area = TransparencyAreas.Find(code);

        Assert.Equal(eic, area.Eic);
        Assert.Equal(timeZoneId, area.TimeZoneId);
    }

    [Theory]
    [InlineData("DE_LU")]
    [InlineData("de_lu")]
    [InlineData("DE-LU")]
    [InlineData("  de-lu ")]
    [InlineData("10Y1001A1001A82H")]
    [InlineData("10y1001a1001a82h")]
    [InlineData("LU_BZN")]
    public void TryFind_CodeEicOrAlias_FindsGermanyLuxembourg(string codeOrEic)
    {
        var found = TransparencyAreas.TryFind(codeOrEic, out var area);

        Assert.True(found);
        Assert.Same(TransparencyAreas.DeLu, area);
    }

    [Fact]
    public void TryFind_EntsoePyNorthernIrelandName_FindsTheSameArea()
    {
        var found = TransparencyAreas.TryFind("NIE", out var area);

        Assert.True(found);
        Assert.Same(TransparencyAreas.GbNir, area);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("10Y1001A1001B004")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryFind_NotInTheCatalogue_ReturnsFalse(string? codeOrEic)
    {
        var found = TransparencyAreas.TryFind(codeOrEic, out var area);

        Assert.False(found);
        Assert.Null(area);
    }

    [Fact]
    public void Find_Unknown_ThrowsPointingToTheCatalogue()
    {
        var error = Assert.Throws<ArgumentException>(() => TransparencyAreas.Find("DE_XX"));

        Assert.Contains("'DE_XX'", error.Message, StringComparison.Ordinal);
        Assert.Contains("TransparencyAreas.All", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DE_LU", "10Y1001A1001A82H")]
    [InlineData("se-3", "10Y1001A1001A46L")]
    [InlineData("10YFR-RTE------C", "10YFR-RTE------C")]
    [InlineData("10Y1001A1001B004", "10Y1001A1001B004")]
    [InlineData(" 10ydom-pl-se-lt2 ", "10YDOM-PL-SE-LT2")]
    public void ResolveEic_KnownCodeOrValidRawEic_ReturnsTheEic(string codeOrEic, string expected)
    {
        var eic = TransparencyAreas.ResolveEic(codeOrEic);

        Assert.Equal(expected, eic);
    }

    [Fact]
    public void ResolveEic_RawEicWithWrongCheckCharacter_ThrowsExplainingBothReadings()
    {
        var error = Assert.Throws<ArgumentException>(() => TransparencyAreas.ResolveEic("10Y1001A1001B005"));

        Assert.Contains("neither a known area code", error.Message, StringComparison.Ordinal);
        Assert.Contains("give '4'", error.Message, StringComparison.Ordinal);
        Assert.Equal("codeOrEic", error.ParamName);
    }

    [Fact]
    public void ResolveEic_UnknownShortCode_ThrowsSayingItIsNoEicEither()
    {
        var error = Assert.Throws<ArgumentException>(() => TransparencyAreas.ResolveEic("GERMANY"));

        Assert.Contains("7 characters", error.Message, StringComparison.Ordinal);
    }
}
