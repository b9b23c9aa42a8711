namespace Entsoe.Transparency;

/// <summary>
/// The kind of balancing reserve. Queries send it as the <c>processType</c> (procured capacity, contracted reserves) or
/// the <c>businessType</c> (activated energy and its prices) the platform's code lists give each kind.
/// </summary>
public enum BalancingReserveType
{
    /// <summary>Frequency containment reserve (FCR): <c>processType</c> <c>A52</c>, <c>businessType</c> <c>A95</c>.</summary>
    FrequencyContainment = 1,

    /// <summary>Automatic frequency restoration reserve (aFRR): <c>processType</c> <c>A51</c>, <c>businessType</c> <c>A96</c>.</summary>
    AutomaticFrequencyRestoration = 2,

    /// <summary>Manual frequency restoration reserve (mFRR): <c>processType</c> <c>A47</c>, <c>businessType</c> <c>A97</c>.</summary>
    ManualFrequencyRestoration = 3,

    /// <summary>Replacement reserve (RR): <c>processType</c> <c>A46</c>, <c>businessType</c> <c>A98</c>.</summary>
    Replacement = 4,
}
