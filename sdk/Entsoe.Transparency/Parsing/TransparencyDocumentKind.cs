namespace Entsoe.Transparency;

/// <summary>Which family of platform document was parsed, from the root element's local name (any namespace version).</summary>
public enum TransparencyDocumentKind
{
    /// <summary><c>Publication_MarketDocument</c>: prices, flows, exchanges, transfer capacities.</summary>
    Publication = 0,

    /// <summary><c>GL_MarketDocument</c>: load, generation, forecasts and installed capacity.</summary>
    GenerationLoad = 1,

    /// <summary><c>Balancing_MarketDocument</c>: imbalance prices and volumes, reserves.</summary>
    Balancing = 2,

    /// <summary><c>TransmissionNetwork_MarketDocument</c>: network and redispatching data.</summary>
    TransmissionNetwork = 3,

    /// <summary><c>Unavailability_MarketDocument</c>: outages of units and transmission assets.</summary>
    Unavailability = 4,

    /// <summary>
    /// <c>Acknowledgement_MarketDocument</c>: not a time-series document but the platform's answer that it matched
    /// no data or refused the query; <see cref="TransparencyDocument.Acknowledgement"/> holds the reason.
    /// </summary>
    Acknowledgement = 5,
}
