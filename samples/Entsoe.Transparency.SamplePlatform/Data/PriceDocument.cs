using System.Globalization;
using System.Text;

namespace Entsoe.Transparency.SamplePlatform.Data;

/// <summary>
/// Day-ahead prices (document type A44) as the platform publishes them: a <c>Publication_MarketDocument</c> with one
/// hourly series (curve type A01) over the requested hours, in EUR per MWh. The prices are made up but repeatable:
/// the same hour always has the same price.
/// </summary>
internal static class PriceDocument
{
    /// <summary>The namespace of version 7:3, which the platform sends today.</summary>
    public const string Namespace = "urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3";

    /// <summary>The document for <paramref name="area"/> over the whole hours of <c>[start, end)</c>.</summary>
    public static string Create(string area, DateTimeOffset start, DateTimeOffset end)
    {
        var first = new DateTimeOffset(start.UtcDateTime.Date.AddHours(start.UtcDateTime.Hour), TimeSpan.Zero);
        var hours = (int)Math.Ceiling((end - first).TotalHours);
        var last = first.AddHours(hours);
        var xml = new StringBuilder(1024 + (hours * 80));
        xml.Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Publication_MarketDocument xmlns="{Namespace}">
              <mRID>{Guid.NewGuid():N}</mRID>
              <revisionNumber>1</revisionNumber>
              <type>A44</type>
              <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
              <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
              <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
              <receiver_MarketParticipant.marketRole.type>A33</receiver_MarketParticipant.marketRole.type>
              <createdDateTime>{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}</createdDateTime>
              <period.timeInterval><start>{first:yyyy-MM-ddTHH:mmZ}</start><end>{last:yyyy-MM-ddTHH:mmZ}</end></period.timeInterval>
              <TimeSeries>
                <mRID>1</mRID>
                <businessType>A62</businessType>
                <in_Domain.mRID codingScheme="A01">{area}</in_Domain.mRID>
                <out_Domain.mRID codingScheme="A01">{area}</out_Domain.mRID>
                <contract_MarketAgreement.type>A01</contract_MarketAgreement.type>
                <currency_Unit.name>EUR</currency_Unit.name>
                <price_Measure_Unit.name>MWH</price_Measure_Unit.name>
                <curveType>A01</curveType>
                <Period>
                  <timeInterval><start>{first:yyyy-MM-ddTHH:mmZ}</start><end>{last:yyyy-MM-ddTHH:mmZ}</end></timeInterval>
                  <resolution>PT60M</resolution>
            """);
        for (var position = 1; position <= hours; position++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Point><position>{position}</position><price.amount>{PriceAt(first.AddHours(position - 1))}</price.amount></Point>");
        }

        xml.Append("</Period></TimeSeries></Publication_MarketDocument>");
        return xml.ToString();
    }

    /// <summary>The made-up price of the hour starting at <paramref name="hour"/>: a daily curve, higher in the evening.</summary>
    public static decimal PriceAt(DateTimeOffset hour) => 60m + (hour.UtcDateTime.Hour * 1.25m) + (hour.UtcDateTime.DayOfYear % 7);
}
