namespace Entsoe.Transparency;

/// <summary>
/// Which pan-European intraday auction (IDA) to fetch prices of: the platform's
/// <c>classificationSequence_AttributeInstanceComponent.position</c> for document type <c>A44</c> with
/// <c>contract_MarketAgreement.type</c> <c>A07</c> (intraday). The SIDC auctions started on 2024-06-13; only some areas
/// publish them on the platform.
/// </summary>
public enum IntradayAuction
{
    /// <summary>Sequence <c>1</c>: IDA1, held at 15:00 CET the day before delivery, for the whole next day.</summary>
    Ida1 = 1,

    /// <summary>Sequence <c>2</c>: IDA2, held at 22:00 CET the day before delivery, for the whole next day.</summary>
    Ida2 = 2,

    /// <summary>Sequence <c>3</c>: IDA3, held at 10:00 CET on the day of delivery, for its second half (12:00 to 24:00).</summary>
    Ida3 = 3,
}
