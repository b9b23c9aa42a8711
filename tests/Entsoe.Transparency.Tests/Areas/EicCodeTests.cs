namespace Entsoe.Transparency.Tests.Areas;

public class EicCodeTests
{
    // Real codes from the platform's area list, including the other issuing offices (11, 17, 46, 50) and party codes (X).
    [Theory]
    [InlineData("10Y1001A1001A82H")]
    [InlineData("10YFR-RTE------C")]
    [InlineData("10YNL----------L")]
    [InlineData("10YCS-SERBIATSOV")]
    [InlineData("10YCH-SWISSGRIDZ")]
    [InlineData("10Y1001C--00003F")]
    [InlineData("11Y0-0000-0265-K")]
    [InlineData("17Y0000009369493")]
    [InlineData("46Y000000000007M")]
    [InlineData("50Y0JVU59B4JWQCU")]
    [InlineData("10Y1001A1001B004")]
    [InlineData("10YDOM-PL-SE-LT2")]
    [InlineData("10XAT-APG------Z")]
    public void ComputeCheckCharacter_RealCode_GivesItsSixteenthCharacter(string eic)
    {
        var check = EicCode.ComputeCheckCharacter(eic.AsSpan(0, 15));

        Assert.Equal(eic[15], check);
    }

    [Theory]
    [InlineData("10Y1001A1001A82H", true)]
    [InlineData("10Y1001A1001A82J", false)]
    [InlineData("10Y1001A1001A28H", false)]
    [InlineData("10Y1001A1001A82", false)]
    [InlineData("10y1001a1001a82h", false)]
    [InlineData(" 10Y1001A1001A82H", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Candidate_ReportsWhetherTheShapeAndCheckCharacterHold(string? candidate, bool expected)
    {
        var valid = EicCode.IsValid(candidate);

        Assert.Equal(expected, valid);
    }

    [Fact]
    public void Validate_LowerCaseWithSpaces_ReturnsTheUpperCaseCode()
    {
        var eic = EicCode.Validate("  10y1001a1001a82h ");

        Assert.Equal("10Y1001A1001A82H", eic);
    }

    [Fact]
    public void Validate_WrongCheckCharacter_ThrowsNamingTheExpectedOne()
    {
        var error = Assert.Throws<ArgumentException>(() => EicCode.Validate("10Y1001A1001A82J"));

        Assert.Contains("'J'", error.Message, StringComparison.Ordinal);
        Assert.Contains("give 'H'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongLength_ThrowsSayingHowLongAnEicIs()
    {
        var error = Assert.Throws<ArgumentException>(() => EicCode.Validate("10YFR-RTE-C"));

        Assert.Contains("11 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ForbiddenCharacter_ThrowsNamingItsPosition()
    {
        var error = Assert.Throws<ArgumentException>(() => EicCode.Validate("10Y1001A1001_82H"));

        Assert.Contains("character 13 ('_')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CheckCharacterWouldBeHyphen_ThrowsBecauseSuchCodesAreNotIssued()
    {
        var error = Assert.Throws<ArgumentException>(() => EicCode.Validate("10Y1001A1001006-"));

        Assert.Contains("never issues", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LongValue_DoesNotEchoIt()
    {
        const string tokenShaped = "0c5e2f8a-6b1d-4c3e-9f7a-2d4b6e8f0a1c";

        var error = Assert.Throws<ArgumentException>(() => EicCode.Validate(tokenShaped));

        Assert.DoesNotContain("0c5e2f8a", error.Message, StringComparison.Ordinal);
        Assert.Contains("36-character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Failure_NamesTheCallersParameter()
    {
        var area = "FR";

        var error = Assert.Throws<ArgumentException>(() => EicCode.Validate(area));

        Assert.Equal("area", error.ParamName);
    }

    [Theory]
    [InlineData("10Y1001A1001A8")]
    [InlineData("10Y1001A1001A82H")]
    public void ComputeCheckCharacter_NotFifteenCharacters_Throws(string prefix)
    {
        var error = Assert.Throws<ArgumentException>(() => EicCode.ComputeCheckCharacter(prefix));

        Assert.Contains("exactly 15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputeCheckCharacter_LowerCase_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => EicCode.ComputeCheckCharacter("10y1001a1001a82"));

        Assert.Contains("Character 3", error.Message, StringComparison.Ordinal);
    }
}
