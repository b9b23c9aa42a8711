using System.Globalization;

namespace Entsoe.Transparency.Tests.Parsing;

/// <summary>
/// The parser's short number paths must answer exactly as the framework's invariant parsing, down to the decimal's
/// scale and sign bits, for the form the platform writes and for every form they hand over to the framework.
/// </summary>
public class InvariantNumberTests
{
    public static TheoryData<string> DecimalSpellings() =>
    [
        "0", "0.0", "0.00", "-0", "-0.00", "1", "-1", "1.50", "007.5", "-12.345", "123.45", "-0.01", "87",
        "9999999999999999999", "-999999999.9999999999", "0.000000000000000001",
        "99999999999999999999", "1.2345678901234567890123456789", "79228162514264337593543950335",
        "79228162514264337593543950336", "0.00000000000000000000000000001",
        ".5", "5.", "-.5", "+5", "1E3", "1e-2", "-", ".", "", " 1", "1 ", "1.2.3", "--1", "1,5", "1_0", "\u0663",
        "NaN", "Infinity",
    ];

    public static TheoryData<string> WholeSpellings() =>
    [
        "1", "0", "007", "35040", "123456789", "1234567890", "2147483647", "2147483648", "99999999999", "",
        "-1", "+1", " 1", "1 ", "1.0", "1e3", "\u0661",
    ];

    [Theory]
    [MemberData(nameof(DecimalSpellings))]
    public void TryParseDecimal_Spelling_AnswersAsTheFramework(string text)
    {
        var expectedParsed = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected);

        var parsed = InvariantNumber.TryParseDecimal(text, out var value);

        Assert.Equal(expectedParsed, parsed);
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(value));
    }

    [Fact]
    public void TryParseDecimal_PricesAndQuantitiesOfEveryLengthAndScale_AnswerAsTheFrameworkBitForBit()
    {
        // A fixed seed: the same values on every run, spread over the lengths and scales the platform writes and beyond.
        var random = new Random(20251001);
        for (var i = 0; i < 20_000; i++)
        {
            var digits = random.Next(1, 22);
            var integer = random.NextInt64(0, 1_000_000_000_000_000_000).ToString(CultureInfo.InvariantCulture);
            var text = (random.Next(3) == 0 ? "-" : string.Empty) + integer[..Math.Min(digits, integer.Length)];
            var scale = random.Next(0, 8);
            if (scale > 0)
            {
                text += "." + random.Next(0, 100_000_000).ToString(CultureInfo.InvariantCulture).PadLeft(8, '0')[..scale];
            }

            Assert.True(decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected), text);
            Assert.True(InvariantNumber.TryParseDecimal(text, out var value), text);
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(value));
        }
    }

    [Theory]
    [MemberData(nameof(WholeSpellings))]
    public void TryParseWhole_Spelling_AnswersAsTheFramework(string text)
    {
        var expectedParsed = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var expected);

        var parsed = InvariantNumber.TryParseWhole(text, out var value);

        Assert.Equal(expectedParsed, parsed);
        Assert.Equal(expected, value);
    }
}
